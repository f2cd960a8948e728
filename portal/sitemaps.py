"""The sitemap of the public pages (django.contrib.sitemaps), every page in fi, sv and en.

Each <url> carries its language alternates and an x-default (the Finnish page). Questionnaire
steps and results are not listed: their addresses hold a citizen's answers and they are noindex.
Served at /sitemap.xml (config/urls.py); robots.txt points to it (portal/views/seo.py).
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .directory import get_directory


class _Multilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PublicPages(_Multilingual):
    """The fixed pages: start, both questionnaires' start pages, trial areas, employment areas, FAQ,
    statement, feedback."""

    NAMES = ("start", "eligibility_start", "move_start", "areas", "employment_areas", "faq", "accessibility", "feedback")

    def items(self):
        return list(self.NAMES)

    def location(self, item):
        return reverse(f"portal:{item}")


class MunicipalityPages(_Multilingual):
    """One page per municipality (309), by its three-digit code."""

    def items(self):
        return sorted(get_directory().municipalities)

    def location(self, item):
        return reverse("portal:municipality", args=[item])


SITEMAPS = {"pages": PublicPages, "municipalities": MunicipalityPages}
