"""/api/v1/: the open-data endpoints (docs/open-data.md). Outside the language prefixes: the data
is the same in every language. A trailing slash is accepted; anything else under the prefix gets
a JSON 404."""

from django.urls import re_path

from . import views

urlpatterns = [
    re_path(r"^$", views.index, name="api-index"),
    re_path(r"^municipalities/?$", views.municipalities, name="api-municipalities"),
    re_path(r"^trial-areas/?$", views.trial_areas, name="api-trial-areas"),
    re_path(r"^te-offices/?$", views.te_offices, name="api-te-offices"),
    re_path(r"^employment-areas/?$", views.employment_areas, name="api-employment-areas"),
    re_path(r"^lookup/?$", views.lookup, name="api-lookup"),
    re_path(r"", views.not_found),
]
