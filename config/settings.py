"""Settings for the employment-trial portal.

Every setting that differs between a laptop and production comes from an
environment variable with a safe local default; docs/deployment.md and the README
list them. PORTAL_ENV=production switches on the HTTPS-only hardening.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


PORTAL_ENV = os.environ.get("PORTAL_ENV", "local")
if PORTAL_ENV not in {"local", "production"}:
    raise ImproperlyConfigured("PORTAL_ENV must be 'local' or 'production'")
PRODUCTION = PORTAL_ENV == "production"

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY is required in production")
    SECRET_KEY = "local-only-insecure-key-never-used-in-production-0123456789abcdef"

DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "portal.apps.StaticFilesConfig",  # django.contrib.staticfiles, ignoring unused Bootstrap files
    "django.contrib.sitemaps",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "reversion",
    "import_export",
    "axes",
    "portal",
]

MIDDLEWARE = [
    # Outermost, so static files and cached pages get the headers too.
    "portal.middleware.security.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything reads a body: public pages take none (portal/middleware/methods.py).
    "portal.middleware.methods.PublicMethodsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session and locale middleware: a cached page needs neither.
    "portal.middleware.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.database.DatabaseUnavailableMiddleware",
    # AxesMiddleware must be last: it turns a lockout into the lockout response.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.portal",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A hung server must not hold a worker: give up connecting after a few seconds and let the
    # server end a statement that runs too long; either answers the friendly 503
    # (portal/middleware/database.py).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": int(os.environ.get("DATABASE_CONNECT_TIMEOUT", "3")),
            "options": f"-c statement_timeout={int(os.environ.get('DATABASE_STATEMENT_TIMEOUT_MS', '10000'))}",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds the data snapshot and rendered public pages. It must be shared by
# every worker and instance, or a staff edit would show on some and not others:
# Redis in production, a file cache on one machine.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Django's RedisCache, minus a redis-py client object built per call (portal/cache.py).
            "BACKEND": "portal.cache.PortalRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PORTAL_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # Room for every public page in three languages (the default is 300).
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Finnish is the default and the source language of the gettext catalogues
# (docs/adr/0003-finnish-source-language.md).
LANGUAGE_CODE = "fi"
LANGUAGES = [
    ("fi", _("suomi")),
    ("sv", _("ruotsi")),
    ("en", _("englanti")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "fi"
MODELTRANSLATION_LANGUAGES = ("fi", "sv", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fi",), "fi": ("sv",)}
# The admin's translation tabs need jQuery UI tabs: a vendored copy, never a CDN.
JQUERY_UI_URL = "portal/admin/jquery-ui-tabs.js"

STATIC_URL = "/static/"
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Staff login protection (django-axes): lock the username+address pair after
# repeated failures; an administrator can unlock it in the admin.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The visitor's address: behind PROXY_COUNT proxies (the shipped nginx template sets
# X-Forwarded-For to the address it was connected from, replacing any the client sent), the
# address in X-Forwarded-For, read with django-ipware as django-axes documents; ipware counts
# only the proxies listed in the header, hence PROXY_COUNT - 1. With no proxy (PROXY_COUNT=0)
# forwarded headers are never trusted: one visitor could otherwise lock out another.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
if PROXY_COUNT > 0:
    AXES_IPWARE_PROXY_COUNT = PROXY_COUNT - 1
    AXES_IPWARE_PROXY_ORDER = "left-most"
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
else:
    AXES_IPWARE_PROXY_COUNT = None
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("REMOTE_ADDR",)
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"

# Who runs the service and where feedback goes (footer, feedback page, accessibility statement).
# Production refuses to start without real values; locally they are visibly marked examples.
_EXAMPLE_OPERATOR = "ESIMERKKI – aseta PORTAL_OPERATOR_NAME"
_EXAMPLE_FEEDBACK_EMAIL = "palaute@example.fi"
PORTAL_OPERATOR_NAMES = {
    "fi": os.environ.get("PORTAL_OPERATOR_NAME", "").strip(),
    "sv": os.environ.get("PORTAL_OPERATOR_NAME_SV", "").strip(),
    "en": os.environ.get("PORTAL_OPERATOR_NAME_EN", "").strip(),
}
FEEDBACK_EMAIL = os.environ.get("PORTAL_FEEDBACK_EMAIL", "").strip()
if PRODUCTION:
    if not PORTAL_OPERATOR_NAMES["fi"]:
        raise ImproperlyConfigured(
            "PORTAL_OPERATOR_NAME is required in production: the name of the organisation that runs the service"
        )
    if "@" not in FEEDBACK_EMAIL or FEEDBACK_EMAIL.rsplit("@", 1)[1].lower().startswith("example."):
        raise ImproperlyConfigured(
            "PORTAL_FEEDBACK_EMAIL is required in production: a real address for citizens' feedback "
            "(not an example.* domain)"
        )
PORTAL_OPERATOR_NAMES["fi"] = PORTAL_OPERATOR_NAMES["fi"] or _EXAMPLE_OPERATOR
FEEDBACK_EMAIL = FEEDBACK_EMAIL or _EXAMPLE_FEEDBACK_EMAIL

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# The load balancer's health check may come over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

# Whole public pages in the shared cache (portal/middleware/page_cache.py). A staff
# edit drops them at once; the timeout only bounds how long a page is kept.
PORTAL_PAGE_CACHE = env_bool("PORTAL_PAGE_CACHE", True)
PORTAL_PAGE_CACHE_SECONDS = int(os.environ.get("PORTAL_PAGE_CACHE_SECONDS", "900"))
PORTAL_BROWSER_CACHE_SECONDS = int(os.environ.get("PORTAL_BROWSER_CACHE_SECONDS", "300"))

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 63072000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Nothing a citizen answers may reach a log: requests are logged by path only
# (gunicorn's %(U)s), and Django's own request logging never includes query strings.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
