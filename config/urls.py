from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from portal import admin_review, admin_views
from portal.views.health import healthz
from portal.views.pages import favicon
from portal.views.seo import robots_txt, sitemap

urlpatterns = [
    path(
        "admin/decision-tables/<slug:name>.csv",
        admin.site.admin_view(admin_views.decision_table),
        name="admin-decision-table",
    ),
    path("admin/review/", admin.site.admin_view(admin_review.review), name="admin-review"),
    path("admin/", admin.site.urls),
    path("api/v1/", include("portal.api.urls")),
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
]

urlpatterns += i18n_patterns(
    path("", include("portal.urls")),
    prefix_default_language=True,
)

handler400 = "portal.views.errors.bad_request"
handler403 = "portal.views.errors.permission_denied"
handler404 = "portal.views.errors.page_not_found"
handler500 = "portal.views.errors.server_error"
