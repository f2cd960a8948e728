"""robots.txt and the sitemap, for search engines (issue 11, "Discoverable").

GET /robots.txt -> text/plain: everything public may be crawled except the admin; the sitemap's
absolute address. Questionnaire steps are not disallowed on purpose: a crawler must fetch them to
see their noindex.
GET /sitemap.xml -> the public pages in every language (portal/sitemaps.py).
"""

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from ..sitemaps import SITEMAPS


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_safe
def sitemap(request):
    return django_sitemap(request, sitemaps=SITEMAPS)
