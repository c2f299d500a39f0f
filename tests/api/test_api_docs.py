"""The API's documentation page works with no internet, like every other page."""

from __future__ import annotations

import re

from django.contrib.staticfiles import finders
from django.test import Client


def test_the_api_docs_load_swagger_from_our_own_server(leader: Client) -> None:
    page = leader.get("/api/docs")
    assert page.status_code == 200
    html = page.content.decode()
    assert not re.search(r'(src|href)="https?://', html), "the docs page reaches the internet"
    assert "/static/ninja/swagger-ui-bundle.js" in html
    # The file behind that address is really served (WhiteNoise uses the same finders).
    assert finders.find("ninja/swagger-ui-bundle.js")


def test_the_schema_says_how_errors_answer(leader: Client) -> None:
    # It listed only the 200 answer: a client generated from it could not read a refusal.
    schema = leader.get("/api/openapi.json").json()
    error = schema["components"]["schemas"]["Error"]
    assert "detail" in error["required"]
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            for status in ("400", "401", "404"):
                answer = operation["responses"][status]["content"]["application/json"]
                assert answer["schema"] == {"$ref": "#/components/schemas/Error"}, (path, status)
