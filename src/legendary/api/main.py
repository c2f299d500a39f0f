"""The API object; each app adds its router here. Authentication is a personal API token
(`Authorization: Bearer ...`) or the session login (see `legendary.api.auth`)."""

import functools
from collections.abc import Callable
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import URLPattern, URLResolver, reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError
from ninja.openapi.schema import OpenAPISchema
from pydantic import BaseModel

import legendary
from legendary.api.auth import API_AUTH, tokens_page

# Shown at the top of /api/docs: how an integrator gets in.
HOW_TO_AUTHENTICATE = """
**Authentication.** A script, BI tool or webhook sends a personal API token:
`Authorization: Bearer lgd_...`. Create one under *API tokens* in the account menu (top
right of every page, at `/account/api-tokens/`); it is shown once, so copy it then. A token
acts as the person who created it and sees exactly what they see on the pages (a frontline
provider their own conversations, a manager their reports'). A refused token is answered
`401` with a `detail` that says why (mistyped, revoked, expired, owner deactivated).
Deactivating a person revokes their tokens for good: reactivated, they create new ones.

In the browser, this page uses your session: *Try it out* works once you are signed in,
or press *Authorize* and paste a token.
"""

# Every error is `{"detail": "..."}` (a 400 adds `errors`, each field's problem): said in
# the schema, which otherwise listed only the 200 answer and left a client generated from it
# unable to read a refusal.
_ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "detail": {"type": "string", "description": "What went wrong and what to do."},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
    "required": ["detail"],
}
_ERRORS = {
    400: "A parameter cannot be used; `detail` names it and what it expects.",
    401: "No credentials, or a token that is refused; `detail` says why.",
    404: "It does not exist, or is outside your view.",
}
# The answers only some operations give, by path: the schema listed only the three above,
# so a client generated from it did not expect the survey results' 409 at all. A test
# (tests/api/test_api_schema_statuses.py) reads each operation's code for every status it
# can raise and fails when one is missing here.
_NOT_YET = "The results are withheld until the campaign closes; `detail` says why."
_MORE_ERRORS: dict[str, dict[int, str]] = {
    "/api/assessments/campaigns/{campaign_id}/results": {409: _NOT_YET},
    "/api/assessments/campaigns/{campaign_id}/internal": {409: _NOT_YET},
    "/api/deleted": {
        410: "`deleted_since` is older than the tombstones kept; read everything again."
    },
}


class LegendaryAPI(NinjaAPI):
    """The API with its error answers described in the OpenAPI schema."""

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        """Django-ninja's schema, plus the 400/401/404 answers every operation may give and
        those of `_MORE_ERRORS` that only some give."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        schema["components"].setdefault("schemas", {})["Error"] = _ERROR_SCHEMA
        body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for path, operations in schema["paths"].items():
            for operation in operations.values():
                for status, description in (_ERRORS | _MORE_ERRORS.get(path, {})).items():
                    operation["responses"].setdefault(
                        status, {"description": description, "content": body}
                    )
        return schema

    def _get_urls(self) -> list[URLResolver | URLPattern]:
        """Django-ninja's URLs, each view wrapped so that a method the address does not
        answer is a JSON 405 (see `_json_not_allowed`); /api/ itself answers where the
        documentation is (it was Django's HTML 404 page), and it and the documentation
        answer GET alone (a POST to /api/openapi.json was a 200)."""
        urls = super()._get_urls()
        for url in urls:
            if not isinstance(url, URLPattern):
                continue
            if url.name == "api-root":
                url.callback = api_root
            if url.name in ("api-root", "openapi-json", "openapi-view"):
                # Exempt from the CSRF check, as django-ninja's endpoints are, since they
                # only read: a POST to them got the CSRF failure page, not the JSON 405.
                url.callback = csrf_exempt(require_safe(url.callback))
            url.callback = _json_not_allowed(url.callback)
        return urls


def api_root(request: HttpRequest) -> JsonResponse:
    """GET /api/: the API's name and version and where its documentation is."""
    return JsonResponse(
        {
            "name": "Legendary API",
            "version": legendary.__version__,
            "docs": request.build_absolute_uri(reverse("api:openapi-view")),
            "openapi": request.build_absolute_uri(reverse("api:openapi-json")),
        }
    )


def _json_not_allowed(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """`view`, with django-ninja's 405 (a text/html body "Method not allowed") turned into
    the API's JSON error with the `Allow` header in a fixed order: an integrator that sent
    DELETE /api/conversations could not parse the answer as it parses every other error.
    HEAD is answered wherever GET is (HTTP asks it of every server; django-ninja refused
    it, so `curl -I` and link checkers got a 405): the GET's headers, without its body."""

    @functools.wraps(view)
    def answer(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if response.status_code != 405 or response.get("Content-Type", "").startswith(
            "application/json"
        ):
            return response
        allowed = {m.strip().upper() for m in response.get("Allow", "").split(",")} - {""}
        if "GET" in allowed and request.method == "HEAD":
            request.method = "GET"
            got = view(request, *args, **kwargs)
            request.method = "HEAD"
            length = len(got.content)
            got.content = b""
            got["Content-Length"] = str(length)
            return got
        if "GET" in allowed:
            allowed.add("HEAD")
        docs = request.build_absolute_uri(reverse("api:openapi-view"))
        detail = (
            f"{request.method} is not allowed at {request.path}; it answers "
            f"{' and '.join(sorted(allowed)) or 'no method'} (every endpoint and its "
            f"methods are listed at {docs})."
        )
        refused = JsonResponse({"detail": detail}, status=405)
        refused["Allow"] = ", ".join(sorted(allowed))
        return refused

    return answer


api = LegendaryAPI(
    title="Legendary API",
    version=legendary.__version__,
    description=HOW_TO_AUTHENTICATE,
    auth=API_AUTH,
    urls_namespace="api",
)


@api.exception_handler(AuthenticationError)
def not_authenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    """401 with a `detail` that says what to do: why a sent token was refused, or (with no
    credentials at all, django-ninja's bare "Unauthorized") how to send one."""
    token_sent = "authorization" in request.headers
    detail = exc.message
    if detail == AuthenticationError().message:
        how = (
            f"send a personal API token as 'Authorization: Bearer <token>' (create one at "
            f"{tokens_page(request)}), or sign in to use the API from the browser."
        )
        # A header in another scheme (Basic, Token ...) is not read at all: say so.
        detail = (
            "The Authorization header is not a Bearer token: " if token_sent else "Not signed in: "
        ) + how
    response = api.create_response(request, {"detail": detail}, status=401)
    # RFC 6750: say which scheme the API takes, and that the token (if any) was the problem.
    error = ', error="invalid_token"' if token_sent else ""
    response["WWW-Authenticate"] = f'Bearer realm="Legendary API"{error}'
    return response


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


def _query_names(model: type[BaseModel], names: set[str]) -> set[str]:
    """The query parameter names `model` reads, its nested schemas flattened as django-ninja
    flattens them (`Query[ConversationQuery]` reads `channel`, `since`...)."""
    for name, field in model.model_fields.items():
        if isinstance(field.annotation, type) and issubclass(field.annotation, BaseModel):
            _query_names(field.annotation, names)
        else:
            names.add(field.alias or name)
    return names


def refuse_unknown_parameters(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A query parameter the endpoint does not read is a 400 naming it and the ones it
    does read. Ignored, a misspelt filter (`?chanel=email`, or `?team=` on an endpoint
    without one) answered with every row, as if it had been applied."""
    operation = getattr(run, "__self__", None)
    known: set[str] = set()
    for model in getattr(operation, "models", ()):
        if getattr(model, "__ninja_param_source__", None) == "query":
            _query_names(model, known)

    @functools.wraps(run)
    def checked(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        unknown = sorted(set(request.GET) - known)
        if not unknown:
            return run(request, *args, **kwargs)
        # Who is asking is settled first: a caller without a valid token gets the 401.
        refused: HttpResponse | None = (
            operation._run_checks(request) if operation is not None else None
        )
        if refused is not None:
            return refused
        reads = (
            f"it reads only {', '.join(sorted(known))}" if known else "it takes no query parameters"
        )
        named = ", ".join(f"“{name}”" for name in unknown)
        detail = (
            f"{named}: not a parameter of {request.path}; {reads} (see "
            f"{request.build_absolute_uri(reverse('api:openapi-view'))}); ask again "
            "without it, or with the parameter you meant."
        )
        return api.create_response(request, {"detail": detail}, status=400)

    return checked


api.add_decorator(refuse_unknown_parameters, mode="view")


def _add_routers() -> None:
    # Imported here so that each router module can import `api` helpers without a cycle.
    from legendary.api import (
        assessments,
        conversations,
        culture,
        deleted,
        people,
        reviews,
        scorecards,
    )

    api.add_router("", people.router)
    api.add_router("", conversations.router)
    api.add_router("", assessments.router)
    api.add_router("", culture.router)
    api.add_router("", scorecards.router)
    api.add_router("", deleted.router)
    api.add_router("", reviews.router)


_add_routers()
