"""The REST API (django-ninja, OpenAPI described at /api/docs), one router per app."""
