from django.apps import AppConfig
from django.contrib.staticfiles import apps as staticfiles
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Kuntakokeiluportaali")

    def ready(self):
        from . import signals  # noqa: F401  (connects the data-version signals)


class StaticFilesConfig(staticfiles.StaticFilesConfig):
    """collectstatic without the parts of the `bootstrap` package that no page loads: its
    JavaScript (the portal has none), the grid/reboot/utilities/RTL builds and the unminified CSS.
    Only bootstrap.min.css and its source map are served; that is 24 MB less to compress
    (gzip and Brotli) at every deploy and test run."""

    ignore_patterns = [
        *staticfiles.StaticFilesConfig.ignore_patterns,
        "bootstrap/js/*",
        "bootstrap/css/bootstrap-*",
        "bootstrap/css/*.rtl.*",
        "bootstrap/css/bootstrap.css",
        "bootstrap/css/bootstrap.css.map",
    ]
