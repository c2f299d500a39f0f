"""A method an API address does not answer is a JSON 405 with an `Allow` header.

Found by the API walk: DELETE /api/conversations got django-ninja's text/html "Method not
allowed", the only error of the API that was not `{"detail": ...}`, so an integrator's
client failed parsing it instead of reading why.
"""

from __future__ import annotations

import re

from django.test import Client

from web.conftest import World

UNSAFE = ("post", "put", "patch", "delete")


def _routes(client: Client) -> dict[str, set[str]]:
    """Every address of the schema (path parameters filled with 1) and its methods."""
    schema = client.get("/api/openapi.json").json()
    return {
        re.sub(r"\{[^}]+\}", "1", path): {method.upper() for method in operations}
        for path, operations in schema["paths"].items()
    }


def test_every_route_refuses_an_unanswered_method_in_json_naming_what_it_answers(
    leader: Client, world: World
) -> None:
    routes = _routes(leader)
    assert "/api/conversations" in routes
    for path, methods in routes.items():
        for method in UNSAFE:
            if method.upper() in methods:
                continue
            response = getattr(leader, method)(path)
            assert response.status_code == 405, (method, path, response.status_code)
            assert response["Content-Type"].startswith("application/json"), (method, path)
            assert response["Allow"] == ", ".join(sorted(methods | {"HEAD"})), (method, path)
            detail = response.json()["detail"]
            assert detail.startswith(f"{method.upper()} is not allowed at {path};"), detail
            assert "/api/docs" in detail


def test_a_405_needs_no_credentials_and_says_nothing_else(client: Client) -> None:
    response = client.delete("/api/conversations")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"
    assert set(response.json()) == {"detail"}


def test_head_is_answered_wherever_get_is(leader: Client, world: World) -> None:
    # `curl -I` got a 405: HTTP asks every server to answer HEAD where it answers GET.
    got = leader.get("/api/conversations")
    head = leader.head("/api/conversations")
    assert head.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == got["Content-Type"]
    assert head["Content-Length"] == str(len(got.content))
    assert leader.head("/api/conversations/987654321").status_code == 404


def test_the_allowed_method_still_answers(leader: Client, world: World) -> None:
    assert leader.get("/api/conversations").status_code == 200


def test_the_api_root_says_where_the_documentation_is(client: Client) -> None:
    # /api/ was Django's HTML "Not Found" page.
    root = client.get("/api/")
    assert root.status_code == 200
    assert root.json()["docs"] == "http://testserver/api/docs"
    assert root.json()["openapi"] == "http://testserver/api/openapi.json"


def test_the_documentation_answers_only_reads(leader: Client) -> None:
    # A POST to /api/openapi.json answered the schema with a 200.
    for path in ("/api/", "/api/openapi.json", "/api/docs"):
        response = leader.post(path)
        assert response.status_code == 405, path
        assert response["Allow"] == "GET, HEAD"
        assert response.json()["detail"].startswith(f"POST is not allowed at {path};")


def test_a_post_without_a_csrf_token_still_gets_the_json_answer(world: World) -> None:
    # A script posting to the docs, the schema, /api/ or a typo got Django's HTML CSRF
    # failure page (403); the endpoints themselves answered the JSON 405.
    strict = Client(enforce_csrf_checks=True)
    for path in ("/api/", "/api/openapi.json", "/api/docs", "/api/conversations"):
        response = strict.post(path)
        assert response.status_code == 405, path
        assert response["Content-Type"].startswith("application/json"), path
    typo = strict.post("/api/scorecard")
    assert typo.status_code == 404
    assert typo.json()["detail"].startswith("There is no API endpoint at /api/scorecard")
