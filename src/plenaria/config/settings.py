"""Plenaria settings. Everything that differs between machines comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
# Where the embedded database, outgoing demo mail and uploads live on this machine.
VAR_DIR = Path(os.environ.get("PLENARIA_VAR_DIR", Path.cwd() / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def env_bool(name: str, default: bool) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("PLENARIA_DEBUG", False)
# Sessions, badges' QR codes and links sent by e-mail are signed with this key: a published
# one would let anyone forge them, so without a key of its own the site starts only in debug.
SECRET_KEY = os.environ.get("PLENARIA_SECRET_KEY", "").strip()
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "PLENARIA_SECRET_KEY is not set. In production, set it to a long random secret "
            "(for example the output of: python3 -c 'import secrets; print(secrets.token_urlsafe(50))'); "
            "for development, set PLENARIA_DEBUG=1 to use the development key."
        )
    SECRET_KEY = "django-insecure-development-key"
ALLOWED_HOSTS = [
    h for h in os.environ.get("PLENARIA_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("PLENARIA_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]

# HTTPS. With debug off the site is served over HTTPS only: cookies marked Secure, plain HTTP
# redirected, and browsers told to use HTTPS alone for a year, subdomains included (HSTS).
# PLENARIA_HTTPS=0 turns all of it off, for a trial over plain HTTP.
HTTPS = env_bool("PLENARIA_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
# Entering the domain in the browsers' preload lists is its owner's decision, slow to undo: off
# unless PLENARIA_HSTS_PRELOAD=1, and `check --deploy` is not asked to remind us (W021).
SECURE_HSTS_PRELOAD = HTTPS and env_bool("PLENARIA_HSTS_PRELOAD", False)
SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Behind a proxy that ends TLS, the header by which it says the request came over HTTPS, e.g.
# PLENARIA_PROXY_SSL_HEADER=X-Forwarded-Proto (value "https"). Set it only when the proxy
# always sets that header itself, overwriting the client's: else a client could claim HTTPS.
PROXY_SSL_HEADER = os.environ.get("PLENARIA_PROXY_SSL_HEADER", "").strip()
if PROXY_SSL_HEADER:
    SECURE_PROXY_SSL_HEADER = ("HTTP_" + PROXY_SSL_HEADER.upper().replace("-", "_"), "https")

# Content security policy: every script, style, font and image comes from the site itself
# (QR codes are data: images); no inline script, no eval, no plugins, no framing, and forms
# post only to the site. The API's docs page is served from the app too (see config/api.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "csp",
    "django.contrib.staticfiles",
    "django_countries",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # serves its API docs page's assets itself instead of from a CDN
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "plenaria.core",
    "plenaria.accounts",
    "plenaria.directory",
    "plenaria.events",
    "plenaria.registration",
    "plenaria.programme",
    "plenaria.circulars",
    "plenaria.contributions",
    "plenaria.intake",
    "plenaria.privacy",
    "plenaria.outbox",
    "plenaria.demo",
    "plenaria.console",
    "plenaria.reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # 403 for a POST, PUT, PATCH or DELETE sent by another site's page.
    "plenaria.core.middleware.SameOriginMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 400 for a NUL, a lone surrogate or non-UTF-8 anywhere a database could be handed it.
    "plenaria.core.input_guard.InputGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Sign-in: the second factor before any page, staff sessions that end when idle.
    "django_otp.middleware.OTPMiddleware",
    "plenaria.accounts.middleware.SecondFactorMiddleware",
    "plenaria.accounts.middleware.StaffIdleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "plenaria.config.urls"
WSGI_APPLICATION = "plenaria.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite (embedded, WAL) unless DATABASE_URL names another server, e.g. PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'plenaria.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "PLENARIA_DB_PREPARED", True
):
    # Parameters sent apart from the SQL, and a statement run five times on a connection
    # prepared once: PostgreSQL then skips parsing and planning it again (half its work in a
    # registration rush). Set PLENARIA_DB_PREPARED=0 behind a pooler that cannot keep
    # prepared statements (PgBouncer in transaction mode without max_prepared_statements).
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True, prepare_threshold=5
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# Accounts and sign-in. One sign-in page for the secretariat and focal points; the admin's
# login page leads to the same checks.
LOGIN_URL = "accounts:signin"
# Every authentication goes through django-axes first: after AXES_FAILURE_LIMIT wrong
# passwords for an account (from any address), or for an account from one address, that
# account is locked for AXES_COOLOFF_TIME; the lockout is a page of the site (status 429).
AUTHENTICATION_BACKENDS = [
    "plenaria.accounts.backends.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("PLENARIA_SIGNIN_FAILURES", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("PLENARIA_SIGNIN_LOCK_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = ["username", ["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "plenaria.accounts.views.locked_out"
AXES_CLIENT_IP_CALLABLE = "plenaria.accounts.addresses.client_address"
AXES_VERBOSE = False
# Behind a reverse proxy: the header that carries the client's address (e.g. X-Forwarded-For
# or X-Real-IP). Empty: the connection's own address. Set it only behind a proxy that sets
# the header itself, or a client could pick any address.
PLENARIA_TRUSTED_PROXY = os.environ.get("PLENARIA_TRUSTED_PROXY", "").strip()
# Two-factor sign-in (TOTP) for the secretariat; focal points may turn it on for themselves.
PLENARIA_STAFF_2FA = env_bool("PLENARIA_STAFF_2FA", True)
OTP_TOTP_ISSUER = os.environ.get("PLENARIA_OTP_ISSUER", "Plenaria")
# Sessions last a working day; a staff session ends after this many idle minutes.
SESSION_COOKIE_AGE = 8 * 60 * 60
PLENARIA_STAFF_IDLE_MINUTES = int(os.environ.get("PLENARIA_STAFF_IDLE_MINUTES", "30"))
# Registrations one client address may send, form and API together ("20/h"; empty: no limit).
PLENARIA_RATE_REGISTER = os.environ.get("PLENARIA_RATE_REGISTER", "20/h").strip()

# The cache holds the rate limits' counts, so every server process must see the same one:
# Redis when PLENARIA_REDIS_URL is set (several machines); otherwise a table of the database,
# created by `migrate`, with no other server to run. Measured on one machine: 0.5-1.5 ms per
# counted request, where files under VAR_DIR (FileBasedCache) took 2.5 ms with one client and
# 8 ms with 2,000, as it lists its whole directory on every write (docs/security.md).
# django-ratelimit prefers a cache with atomic increments (Redis): with the database, two
# requests at the same instant may be counted once, which loosens a limit only slightly.
REDIS_URL = os.environ.get("PLENARIA_REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "plenaria.core.redis_cache.PlenariaRedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "plenaria_cache",
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        }
    }

# The six official languages of the United Nations; English and French are complete.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("ar", _("Arabic")),
    ("zh-hans", _("Chinese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("ru", _("Russian")),
    ("es", _("Spanish")),
]
# Content written by organisers (titles, themes) missing in the reader's language is shown
# in the first of these that has it: comma-separated codes, e.g. "fr,en,es".
PLENARIA_CONTENT_FALLBACK = [
    code.strip()
    for code in os.environ.get("PLENARIA_CONTENT_FALLBACK", "en,fr,es,ar,ru,zh-hans").split(",")
    if code.strip()
]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["plenaria.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Assets are served straight from the apps, so no collectstatic step is needed to run.
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = VAR_DIR / "media"

# Mail: an SMTP server when configured; otherwise files a person can read in var/mail.
EMAIL_HOST = os.environ.get("PLENARIA_EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("PLENARIA_EMAIL_PORT", "25"))
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("PLENARIA_FROM_EMAIL", "plenaria@localhost")

# Background work (sending letters and notifications) is queued in the database and run by
# `plenaria db_worker`; set PLENARIA_TASKS_BACKEND to another django-tasks backend to change it.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("PLENARIA_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}

# Where the demo says the site is; also used in links sent by e-mail.
PLENARIA_BASE_URL = os.environ.get("PLENARIA_BASE_URL", "http://127.0.0.1:8000")
# A registration made by the public holds its place this many hours, until the private link
# mailed to its address is opened; unconfirmed, it then lapses.
PLENARIA_CONFIRM_WITHIN_HOURS = float(os.environ.get("PLENARIA_CONFIRM_WITHIN_HOURS", "24"))
# Pledgers are asked once a year, on this day ("MM-DD"), to report on each published pledge;
# the report is due so many days later, and a reminder goes so many days before that.
PLENARIA_PLEDGE_REPORT_DAY = os.environ.get("PLENARIA_PLEDGE_REPORT_DAY", "06-01").strip()
PLENARIA_PLEDGE_REPORT_WITHIN_DAYS = int(os.environ.get("PLENARIA_PLEDGE_REPORT_WITHIN_DAYS", "60"))
PLENARIA_PLEDGE_REMIND_DAYS_BEFORE = int(os.environ.get("PLENARIA_PLEDGE_REMIND_DAYS_BEFORE", "7"))
# Open data: the licence (name, address) every download carries, and the smallest count
# published (a smaller one is suppressed, so that nobody can be singled out).
PLENARIA_OPEN_DATA_LICENCE = (
    os.environ.get("PLENARIA_OPEN_DATA_LICENCE", "CC BY 4.0"),
    os.environ.get(
        "PLENARIA_OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
    ),
)
PLENARIA_OPEN_DATA_MIN_COUNT = int(os.environ.get("PLENARIA_OPEN_DATA_MIN_COUNT", "5"))
# Intake refuses files larger than this.
PLENARIA_INTAKE_MAX_BYTES = int(os.environ.get("PLENARIA_INTAKE_MAX_BYTES", 2 * 1024 * 1024))
# A PDF is read in a child process bounded in wall-clock (and processor) seconds, in memory
# beyond the worker's own, in pages, and in bytes one compressed stream may expand to.
PLENARIA_INTAKE_PDF_SECONDS = float(os.environ.get("PLENARIA_INTAKE_PDF_SECONDS", "5"))
PLENARIA_INTAKE_PDF_MEMORY_MB = int(os.environ.get("PLENARIA_INTAKE_PDF_MEMORY_MB", "512"))
PLENARIA_INTAKE_PDF_MAX_PAGES = int(os.environ.get("PLENARIA_INTAKE_PDF_MAX_PAGES", "200"))
PLENARIA_INTAKE_PDF_EXPANDED_MB = int(os.environ.get("PLENARIA_INTAKE_PDF_EXPANDED_MB", "20"))

# How long personal data is kept, in days (see docs/security.md, "Personal data: what is kept
# and for how long"); the jobs of plenaria/privacy/jobs.py erase it once the period is over.
# After the event's end: passport details, then the registrations (pseudonymised).
PLENARIA_RETENTION_PASSPORT_DAYS = int(os.environ.get("PLENARIA_RETENTION_PASSPORT_DAYS", "0"))
PLENARIA_RETENTION_REGISTRATION_DAYS = int(
    os.environ.get("PLENARIA_RETENTION_REGISTRATION_DAYS", "730")
)
# After the last change: cancelled registrations whose address was never confirmed.
PLENARIA_RETENTION_UNCONFIRMED_DAYS = int(
    os.environ.get("PLENARIA_RETENTION_UNCONFIRMED_DAYS", "30")
)
# After the letter was queued: the address and mail server's answer of each delivery.
PLENARIA_RETENTION_DELIVERY_DAYS = int(os.environ.get("PLENARIA_RETENTION_DELIVERY_DAYS", "365"))
# After the entry: the audit log; after it finished: a background task's result.
PLENARIA_RETENTION_AUDIT_DAYS = int(os.environ.get("PLENARIA_RETENTION_AUDIT_DAYS", "1825"))
PLENARIA_RETENTION_TASK_DAYS = int(os.environ.get("PLENARIA_RETENTION_TASK_DAYS", "30"))
# After the attempt: the sign-in records (account name, address, browser).
PLENARIA_RETENTION_SIGNIN_DAYS = int(os.environ.get("PLENARIA_RETENTION_SIGNIN_DAYS", "90"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("PLENARIA_LOG_LEVEL", "INFO")},
    # One line per task started and finished is too much for the console.
    "loggers": {"django_tasks": {"level": os.environ.get("PLENARIA_TASKS_LOG_LEVEL", "WARNING")}},
}
