"""The conversation list's "Download CSV": the rows the list selects, for this viewer only.

A QA analyst or manager takes what the list shows into a spreadsheet; the export must hold
exactly the rows the list's filters, order and access rule select (every page of them),
and no cell may run as a spreadsheet formula.
"""

from __future__ import annotations

import csv
import io

from django.http import StreamingHttpResponse
from django.test import Client
from django.urls import reverse

from legendary.care.rubric import DEFAULT
from legendary.conversations.export import BASE_HEADER, safe_cell
from legendary.conversations.models import Channel, Conversation, SpeakerRole, Turn
from web.conftest import (  # noqa: F401  (fixtures are found by name)
    World,
    analyst,
    frontline,
    leader,
    make_conversation,
    make_scorecard,
    manager,
)

LIST = reverse("conversations:list")
EXPORT = reverse("conversations:export")


def _rows(client: Client, **params: str) -> list[dict[str, str]]:
    response = client.get(EXPORT, params)
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    body = b"".join(response.streaming_content).decode("utf-8-sig")  # type: ignore[arg-type]
    return list(csv.DictReader(io.StringIO(body)))


def _ids(rows: list[dict[str, str]]) -> set[str]:
    return {row["conversation_id"] for row in rows}


def test_the_file_is_a_dated_csv_attachment_starting_with_a_bom_and_the_header(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    response = analyst.get(EXPORT)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="conversations-20')
    body = b"".join(response.streaming_content)  # type: ignore[attr-defined]
    # The byte-order mark tells Excel the file is UTF-8.
    assert body.startswith(b"\xef\xbb\xbf")
    header = next(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert header == [*BASE_HEADER, *DEFAULT.behaviour_ids()]
    assert header[:4] == ["conversation_id", "subject", "customer", "channel"]


def test_a_frontline_person_exports_only_the_conversations_they_served(
    frontline: Client,  # noqa: F811
    world: World,
) -> None:
    assert _ids(_rows(frontline)) == {world.frontline_conversation.external_id}


def test_a_manager_exports_their_own_and_their_reports_conversations_only(
    manager: Client,  # noqa: F811
    world: World,
) -> None:
    ids = _ids(_rows(manager))
    assert world.manager_conversation.external_id in ids
    assert world.frontline_conversation.external_id in ids
    assert world.colleague_conversation.external_id not in ids  # not their report
    assert world.outsider_conversation.external_id not in ids  # another organisation


def test_the_rows_are_those_the_list_filters_select_in_its_order(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    only_email = _rows(leader, channel=Channel.EMAIL)
    assert _ids(only_email) == {world.colleague_conversation.external_id}
    assert only_email[0]["channel"] == "E-mail"

    make_scorecard(world.frontline_conversation, 80.0)
    make_scorecard(world.manager_conversation, 40.0)
    lowest_first = [r["conversation_id"] for r in _rows(leader, sort="care")]
    assert lowest_first[:2] == [
        world.manager_conversation.external_id,
        world.frontline_conversation.external_id,
    ]


def test_a_malformed_filter_makes_no_file_and_names_the_filter(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    # It used to be left out silently, so "only e-mail since Tuesday" downloaded every
    # channel and every day: a file is read away from the page that would have said so.
    for params, named, label in (
        ({"since": "last tuesday"}, "since=last tuesday", "From"),
        ({"channel": "fax", "sort": "care"}, "channel=fax", "Channel"),
        ({"flag": "angry"}, "flag=angry", "Flag"),
        ({"agent": str(world.outsider.pk)}, f"agent={world.outsider.pk}", "Served by"),
        ({"reviewed": "maybe"}, "reviewed=maybe", "Reviewed"),
    ):
        response = leader.get(EXPORT, params)
        assert response.status_code == 400, params
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert "Content-Disposition" not in response
        text = response.content.decode()
        assert f"“{named}” in the address is not understood: expected" in text
        assert f"fix or remove the “{label}” filter" in text
        assert "No file was made" in text


def test_a_misspelt_filter_makes_no_file_and_names_it(
    leader: Client,  # noqa: F811
    frontline: Client,  # noqa: F811
    world: World,
) -> None:
    # "chanel=email" exported every channel, as if the filter had been applied.
    response = leader.get(EXPORT, {"chanel": "email", "sort": "care"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "“chanel” in the address is not a filter of this list; its filters are q, channel" in (
        text
    )
    assert "No file was made" in text
    # A frontline person's list has no "Served by" filter: they see only their own.
    assert frontline.get(EXPORT, {"agent": str(world.colleague.pk)}).status_code == 400
    # The file holds every page, so a page number copied from the list is no filter.
    assert len(_rows(leader, page="2")) == len(_rows(leader))


def test_dates_the_wrong_way_round_make_no_file_and_say_why(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    # The list says it out loud beside an empty table; a header-only file would read as
    # "nothing happened in that week".
    response = leader.get(EXPORT, {"since": "2026-11-10", "until": "2026-11-01"})
    assert response.status_code == 400
    assert "is before “From”" in response.content.decode()
    assert "Swap the two dates" in response.content.decode()


def test_the_list_still_leaves_a_malformed_filter_out_and_says_so(
    leader: Client,  # noqa: F811
    world: World,
) -> None:
    page = leader.get(LIST, {"channel": "fax"}).content.decode()
    assert "“channel=fax” in the address is not understood" in page
    assert "The “Channel” filter was left out." in page
    # Its download link carries only the filters it understood, so it still downloads.
    assert f'href="{EXPORT}"' in page


def test_more_rows_than_a_page_are_all_exported(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    for n in range(26):
        make_conversation(world.colleague, subject=f"Gift card batch {n}", channel=Channel.SOCIAL)
    assert len(_rows(analyst, channel=Channel.SOCIAL)) == 26


def test_a_scored_row_carries_scores_flags_team_and_each_behaviour(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    card = make_scorecard(
        world.frontline_conversation, 62.5, attentive=None, flags=["breaker", "promise_to_keep"]
    )
    card.breakers = ["blames_customer"]
    card.sentiment_start, card.sentiment_end = "negative", "positive"
    card.document = {"behaviours": [{"behaviour": "apologises", "outcome": "present"}]}
    card.save()
    row = next(
        r
        for r in _rows(analyst)
        if r["conversation_id"] == world.frontline_conversation.external_id
    )
    assert row["served_by"] == "Fran Frontline"
    assert row["team"] == "Store"
    assert row["customer"] == "Rosa Customer"
    assert (row["overall"], row["committed"], row["attentive"]) == ("62.5", "62.5", "n/a")
    assert row["breakers"] == "blames_customer"
    assert row["flags"] == "Service broke; Promise to check"
    assert (row["sentiment_start"], row["sentiment_end"]) == ("negative", "positive")
    assert row["apologises"] == "present"
    # A behaviour the scorecard does not mention stays blank rather than guessed.
    other = next(b for b in DEFAULT.behaviour_ids() if b != "apologises")
    assert row[other] == ""
    assert row["started_at"].startswith("20")
    assert "T" in row["started_at"]
    assert row["last_message_at"] > row["started_at"]


def test_an_unscored_row_leaves_the_scores_blank(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    row = next(
        r
        for r in _rows(analyst)
        if r["conversation_id"] == world.colleague_conversation.external_id
    )
    assert row["overall"] == ""
    assert row["flags"] == ""


def _reply_from_nobody_here(conversation: Conversation, name: str, text: str) -> None:
    """An agent turn after the conversation's two turns, by a name that matched no one."""
    Turn.objects.create(
        conversation=conversation,
        position=2,
        speaker_role=SpeakerRole.AGENT,
        speaker_name=name,
        text=text,
    )


def test_an_agent_who_matched_nobody_is_named_as_the_transcript_names_them(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    """An agent the import matched to nobody left `served_by` empty: in a spreadsheet the
    row read as unanswered. They are named as the transcript names them, and listed again
    under `unmatched_agents`, so an analyst can filter the rows nobody here is credited
    for (and add the missing people), while a matched colleague keeps their own name."""
    shared = make_conversation(world.colleague, channel=Channel.SOCIAL, subject="Late courier")
    _reply_from_nobody_here(shared, "Priya (weekend cover)", "The courier will call by noon.")
    alone = make_conversation(channel=Channel.SOCIAL, customer=shared.customer)
    _reply_from_nobody_here(alone, "=Temp agent 7", "Your refund has gone through.")
    rows = {r["subject"]: r for r in _rows(analyst, channel=Channel.SOCIAL)}
    assert rows["Late courier"]["served_by"] == "Cole Colleague; Priya (weekend cover)"
    assert rows["Late courier"]["unmatched_agents"] == "Priya (weekend cover)"
    assert rows["Parcel arrived damaged"]["served_by"] == "'=Temp agent 7"
    assert rows["Parcel arrived damaged"]["unmatched_agents"] == "'=Temp agent 7"
    # Everyone matched: the column is empty, and nobody is named twice.
    (fran,) = [r for r in _rows(analyst) if r["subject"] == "Fran's parcel"]
    assert (fran["served_by"], fran["unmatched_agents"]) == ("Fran Frontline", "")


def test_a_subject_written_as_a_formula_arrives_as_text(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    make_conversation(world.colleague, subject="=cmd|' /C calc'!A0", channel=Channel.SOCIAL)
    (row,) = _rows(analyst, channel=Channel.SOCIAL)
    assert row["subject"] == "'=cmd|' /C calc'!A0"


def test_every_formula_start_is_neutralised_and_plain_values_are_kept() -> None:
    for risky in ("=1+1", "+44 20 7946 0000", "-2+3", "@SUM(A1)", "\t=1"):
        assert safe_cell(risky) == "'" + risky
    assert safe_cell("Parcel arrived damaged") == "Parcel arrived damaged"
    assert safe_cell(62.5) == 62.5
    assert safe_cell(None) == ""


def test_the_list_links_to_the_export_with_its_filters(
    analyst: Client,  # noqa: F811
    world: World,
) -> None:
    page = analyst.get(LIST, {"channel": Channel.EMAIL, "sort": "care"}).content.decode()
    assert f'href="{EXPORT}?channel=email&amp;sort=care"' in page
    assert ">Download CSV</a>" in page


def test_signing_in_is_required(client: Client, world: World) -> None:
    response = client.get(EXPORT)
    assert response.status_code == 302
    assert "login" in response["Location"]
