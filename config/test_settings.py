"""Settings for the test suite: the local settings with a private in-memory cache,
plain static storage (no manifest needed) and a fast password hasher."""

from .settings import *  # noqa: F401,F403

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The result page carries its outcome, reason, area and branches as data-* attributes, so tests
# assert on ids instead of sentences (templates/questionnaire/_data_attributes.html). Off by
# default: production HTML does not carry them.
PORTAL_RESULT_ORACLE = True
