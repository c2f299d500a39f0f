"""One settings module, configured from the environment.

Every variable it reads, with its default and meaning, is in the configuration table of
README.md (tests/cli/test_readme_settings.py keeps the two in step), so it is not
repeated here, where it went stale.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url

from legendary.lib.env import env_bool, env_int, env_list, env_str, legendary_home

BASE_DIR = Path(__file__).resolve().parent.parent
HOME = legendary_home()

DEBUG = env_bool("DEBUG", False)
DEMO_MODE = env_bool("LEGENDARY_DEMO", False)

# No real fallback key: `legendary serve` refuses to start without SECRET_KEY; the demo,
# tests and one-off commands get a random key per process, which is harmless because
# nothing they sign needs to survive a restart.
SECRET_KEY = env_str("SECRET_KEY") or "insecure-" + secrets.token_urlsafe(40)
SECRET_KEY_FROM_ENV = bool(env_str("SECRET_KEY"))

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",  # data fixes by superusers (`/admin/`); people use the product pages
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    # django-ninja: with the app installed, /api/docs serves Swagger UI from its own static
    # files; without it, the page loads them from a CDN and stays blank with no internet.
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "legendary.web",
    "legendary.people",
    "legendary.conversations",
    "legendary.assessments",
    "legendary.culture",
    "legendary.api",  # stores personal API tokens
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "legendary.web.urls"
WSGI_APPLICATION = "legendary.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "legendary.web.context.navigation",
                "legendary.culture.context.service_vision",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{HOME / 'legendary.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the background worker write while pages read.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

# The demo password works only in demo mode and from 127.0.0.1 (people/demo_auth.py).
AUTHENTICATION_BACKENDS = ["legendary.people.demo_auth.DemoAwareModelBackend"]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = HOME / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve straight from the package's static folders: no collectstatic step on a fresh machine.
WHITENOISE_USE_FINDERS = True
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    # Plotly's own JavaScript from the installed package: charts work with no internet.
    "legendary.web.staticfinders.PlotlyFinder",
]
WHITENOISE_AUTOREFRESH = DEBUG

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "legendary@localhost")
# The SMTP backend's server: without these, invitations could only go through a mail relay
# on this machine's port 25 (Django's defaults), which most installs do not have.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 30  # a dead mail server must not hold a page (the invite page) for minutes
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
X_FRAME_OPTIONS = "DENY"

# Survey anonymity: the smallest group whose results may be shown.
LEGENDARY_MIN_GROUP_SCORES = env_int("LEGENDARY_MIN_GROUP_SCORES", 5)
LEGENDARY_MIN_GROUP_COMMENTS = env_int("LEGENDARY_MIN_GROUP_COMMENTS", 10)

# The largest conversation file the import page accepts, in megabytes (the CLI has no limit).
IMPORT_MAX_MB = env_int("IMPORT_MAX_MB", 50)

# The longest a personal API token may live, in days (0: tokens may also never expire).
API_TOKEN_MAX_DAYS = env_int("API_TOKEN_MAX_DAYS", 365)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
