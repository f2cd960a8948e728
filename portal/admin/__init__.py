"""The staff side: every model in the Django admin, with translation tabs, version history
(django-reversion) and CSV export (django-import-export).

places.py holds the trial period, TE offices, areas and municipalities; employment.py the
employment areas, municipal mergers and cited acts (since 1.1.2025); content.py the FAQ;
base.py what they share. Roles (groups) come from migration 0002_staff_roles.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from . import content, employment, places  # noqa: F401  (importing registers the admins)

admin.site.site_header = _("Kuntakokeiluportaalin ylläpito")
admin.site.site_title = _("Kuntakokeiluportaalin ylläpito")
admin.site.index_title = _("Ylläpito")
