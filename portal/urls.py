from django.urls import path

from .questionnaire.urls import urlpatterns as questionnaire_urlpatterns
from .views import pages

app_name = "portal"

urlpatterns = [
    path("", pages.start, name="start"),
    path("areas/", pages.areas, name="areas"),
    path("employment-areas/", pages.employment_areas, name="employment_areas"),
    path("municipalities/<str:code>/", pages.municipality, name="municipality"),
    path("faq/", pages.faq, name="faq"),
    path("accessibility/", pages.accessibility, name="accessibility"),
    path("feedback/", pages.feedback, name="feedback"),
]

urlpatterns += questionnaire_urlpatterns
