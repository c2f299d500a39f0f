"""WSGI entry point for gunicorn (`legendary serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "legendary.web.settings")
application = get_wsgi_application()
