"""Settings of the browser tests' gunicorn: production's (config/settings.py with PORTAL_ENV=production)
plus the result page's data-* attributes that the tests read (see config/test_settings.py)."""

from config.settings import *  # noqa: F401,F403

PORTAL_RESULT_ORACLE = True
