"""The list page, its CSV and the API read channel, flag, behaviour and outcome one way
(`conversations.filter_checks`) and refuse a bad value in the same words, naming the filter
and what it should be; each then says only what it did about it.

Before, the API judged them on its own and said "behaviour: 'listens_well' is not a
behaviour" or "outcome: needs a behaviour" where the page said "“behaviour=listens_well” in
the address is not understood: expected one of ...".
"""

from __future__ import annotations

import html

import pytest
from django.test import Client

from legendary.conversations.filter_checks import OUTCOME_EXPECTED, choice_problems, expected
from legendary.conversations.models import Conversation
from legendary.conversations.reviews import save_review
from legendary.conversations.scoring import score_conversations
from web.conftest import World

BAD = [
    ({"channel": "fax"}, "“channel=fax” in the address is not understood: expected one of "),
    ({"flag": "grumpy"}, "“flag=grumpy” in the address is not understood: expected one of "),
    (
        {"reviewed": "maybe"},
        "“reviewed=maybe” in the address is not understood: expected yes or no.",
    ),
    (
        {"behaviour": "listens_well"},
        "“behaviour=listens_well” in the address is not understood: expected one of ",
    ),
    (
        {"behaviour": "acknowledges_need", "outcome": "na"},
        f"“outcome=na” in the address is not understood: expected {OUTCOME_EXPECTED}.",
    ),
    (
        {"outcome": "absent"},
        f"“outcome=absent” in the address is not understood: expected {OUTCOME_EXPECTED}.",
    ),
]


@pytest.mark.parametrize(("params", "words"), BAD)
def test_page_csv_and_api_refuse_in_the_same_words(
    world: World, leader: Client, params: dict[str, str], words: str
) -> None:
    page = html.unescape(leader.get("/conversations/", params).content.decode())
    assert words in page
    export = leader.get("/conversations/export.csv", params)
    assert export.status_code == 400
    assert words in export.content.decode()
    for path in ("/api/conversations", "/api/conversations/flags", "/api/scorecards"):
        answer = leader.get(path, params)
        assert answer.status_code == 400, path
        detail = answer.json()["detail"]
        assert detail.startswith(f"{next(iter(params)) if len(params) == 1 else 'outcome'}: ")
        assert words in detail, path


def test_every_value_the_page_offers_the_api_takes(world: World, leader: Client) -> None:
    for params in (
        {"channel": "email"},
        {"flag": "question_ignored"},
        {"reviewed": "no"},
        {"behaviour": "acknowledges_need", "outcome": "absent"},
        {"behaviour": "rude_language", "outcome": "present"},
    ):
        assert leader.get("/api/conversations", params).status_code == 200, params
        assert leader.get("/conversations/export.csv", params).status_code == 200, params
        assert not choice_problems(params)


def test_each_problem_names_what_to_give() -> None:
    (problem,) = choice_problems({"channel": "fax"})
    assert (problem.name, problem.value, problem.expected) == (
        "channel",
        "fax",
        expected("channel"),
    )
    assert "email" in problem.expected
    # An outcome beside an unknown behaviour is named once, on the behaviour.
    assert [p.name for p in choice_problems({"behaviour": "x", "outcome": "absent"})] == [
        "behaviour"
    ]


def test_the_api_reads_the_review_queue_as_the_list_does(world: World, leader: Client) -> None:
    """The list and its CSV had a Reviewed filter (an analyst's review queue) that the API
    refused as "not a parameter": found walking the demo as the QA analyst."""
    score_conversations(Conversation.objects.all())
    save_review(world.frontline_conversation, world.analyst, {}, "")
    for value, wanted in (
        ("yes", 1),
        ("no", Conversation.objects.filter(organisation=world.org).count() - 1),
    ):
        listed = leader.get("/api/conversations", {"reviewed": value}).json()
        assert listed["count"] == wanted, value
        export = leader.get("/conversations/export.csv", {"reviewed": value})
        body = b"".join(export.streaming_content).decode("utf-8-sig")  # type: ignore[attr-defined]
        assert len(body.strip().splitlines()) - 1 == wanted, value
