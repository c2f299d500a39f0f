"""The API object; each app adds its router here. Authentication is the session login."""

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.security import django_auth

import legendary

api = NinjaAPI(
    title="Legendary API",
    version=legendary.__version__,
    auth=django_auth,
    urls_namespace="api",
)


@api.exception_handler(ValidationError)
def bad_input(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """A malformed parameter or body is a 400 whose `detail` names each field and what it
    should be ("since: Input should be a valid date ..."); `errors` keeps the details."""
    problems = []
    for error in exc.errors:
        where = [
            str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body")
        ]
        problems.append(f"{'.'.join(where) or 'request'}: {error.get('msg', 'not valid')}")
    return api.create_response(
        request, {"detail": "; ".join(problems), "errors": exc.errors}, status=400
    )


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    """A 404 says why in `detail` ("This conversation has not been scored yet."), where
    django-ninja's default said only "Not Found": a client could not tell a conversation
    still waiting for its scorecard from one it may not read. Every message is written not
    to confirm that something outside the caller's view exists ("No such page, or not one
    you can see.")."""
    return api.create_response(request, {"detail": str(exc) or "Not Found"}, status=404)


def _add_routers() -> None:
    # Imported here so that each router module can import `api` helpers without a cycle.
    from legendary.api import assessments, conversations, culture, people, scorecards

    api.add_router("", people.router)
    api.add_router("", conversations.router)
    api.add_router("", assessments.router)
    api.add_router("", culture.router)
    api.add_router("", scorecards.router)


_add_routers()
