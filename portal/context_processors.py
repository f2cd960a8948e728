from django.conf import settings
from django.db import DatabaseError
from django.urls import translate_url
from django.utils.translation import get_language

from . import clock
from .directory import get_directory
from .rules import trial_status

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}


def portal(request):
    try:
        period = get_directory().period
    except DatabaseError:
        # Error pages (the 503 above all) must render when the database is away.
        period = None
    current = (get_language() or "fi")[:2]
    full_path = request.get_full_path()
    language_links = [
        {
            "code": code,
            "name": LANGUAGE_NAMES[code],
            "url": translate_url(full_path, code),
            "current": code == current,
        }
        for code, _ in settings.LANGUAGES
    ]
    return {
        "language_links": language_links,
        "current_language": current,
        "trial_period": period,
        "trial_status": trial_status(period, clock.today()) if period else None,
        "feedback_email": settings.FEEDBACK_EMAIL,
    }
