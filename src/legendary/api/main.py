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


def _add_routers() -> None:
    # Imported here so that each router module can import `api` helpers without a cycle.
    from legendary.api import assessments, conversations, culture, people, scorecards

    api.add_router("", people.router)
    api.add_router("", conversations.router)
    api.add_router("", assessments.router)
    api.add_router("", culture.router)
    api.add_router("", scorecards.router)


_add_routers()
