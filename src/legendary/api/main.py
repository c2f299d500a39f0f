"""The API object; each app adds its router here. Authentication is the session login."""

from ninja import NinjaAPI
from ninja.security import django_auth

import legendary

api = NinjaAPI(
    title="Legendary API",
    version=legendary.__version__,
    auth=django_auth,
    urls_namespace="api",
)
