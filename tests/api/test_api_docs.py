"""The API's documentation page works with no internet, like every other page."""

from __future__ import annotations

import re
from pathlib import Path

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


def test_every_code_fence_in_the_api_guide_stands_on_its_own_line() -> None:
    # "``` A parameter" opened a fence that never closed: the rest of docs/api.md showed
    # as code.
    guide = (Path(__file__).resolve().parents[2] / "docs" / "api.md").read_text()
    fences = [line for line in guide.splitlines() if "```" in line]
    assert fences
    assert all(re.fullmatch(r"```[a-z]*", line.strip()) for line in fences), fences
    assert len(fences) % 2 == 0
