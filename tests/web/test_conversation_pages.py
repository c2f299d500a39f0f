"""The conversation list (filters, search, pagination, htmx) and the transcript page."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from legendary.conversations.models import Channel
from web.conftest import World, make_conversation

LIST = reverse("conversations:list")


def test_it_filters_by_channel(leader: Client) -> None:
    page = leader.get(LIST, {"channel": "email"}).content.decode()
    assert "Cole&#x27;s refund" in page
    assert "Fran&#x27;s parcel" not in page


def test_it_filters_by_agent(leader: Client, world: World) -> None:
    page = leader.get(LIST, {"agent": world.indirect_report.pk}).content.decode()
    assert "Ivy&#x27;s booking" in page
    assert "Fran&#x27;s parcel" not in page


def test_it_finds_words_inside_the_transcript(leader: Client, world: World) -> None:
    make_conversation(
        world.colleague,
        subject="Question",
        texts=("Do you sell gift vouchers for the spa?", "We do: any amount from ten pounds."),
    )
    page = leader.get(LIST, {"q": "gift vouchers"}).content.decode()
    assert "Question" in page
    assert "Cole&#x27;s refund" not in page
    assert "1 conversation<" in page


def test_it_filters_by_opening_date(leader: Client, world: World) -> None:
    make_conversation(world.frontline, subject="Back in the spring", days_ago=200)
    old = leader.get(LIST, {"until": "2000-01-01"}).content.decode()
    assert "0 conversations" in old
    recent = leader.get(LIST, {"since": "2000-01-01"}).content.decode()
    assert "Back in the spring" in recent


def test_an_agent_outside_the_view_cannot_be_used_as_a_filter(
    manager: Client, world: World
) -> None:
    page = manager.get(LIST, {"agent": world.colleague.pk}).content.decode()
    # The choice is invalid for the manager, so it is ignored: their own list, no Cole.
    assert "Cole&#x27;s refund" not in page
    assert "Fran&#x27;s parcel" in page
    assert f'<option value="{world.colleague.pk}"' not in page


def test_htmx_requests_get_only_the_results(leader: Client) -> None:
    response = leader.get(LIST, {"channel": "chat"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="results"')
    assert "<html" not in html
    assert "Fran&#x27;s parcel" in html


def test_it_pages_through_long_lists(leader: Client, world: World) -> None:
    for n in range(30):
        make_conversation(world.frontline, subject=f"Bulk {n:02d}", days_ago=2 + n / 10)
    first = leader.get(LIST).content.decode()
    assert "Page 1 of 2" in first
    second = leader.get(LIST, {"page": 2}).content.decode()
    assert "Page 2 of 2" in second
    assert "Bulk 29" in second


def test_transcript_shows_speakers_times_and_redacted_text(leader: Client, world: World) -> None:
    conversation = make_conversation(
        world.frontline,
        channel=Channel.EMAIL,
        subject="Refund to my card",
        texts=("Please refund to [CARD], thanks.", "Done: the refund is on its way today."),
    )
    page = leader.get(reverse("conversations:detail", args=[conversation.pk])).content.decode()
    assert "Please refund to [CARD], thanks." in page
    assert "Done: the refund is on its way today." in page
    assert "Rosa Customer" in page
    assert f'href="/people/{world.frontline.pk}/">Fran Frontline</a>' in page
    assert '<span class="tag">delivery</span>' in page
    assert "E-mail" in page
    assert "<time datetime=" in page


def test_transcript_names_but_does_not_link_people_outside_the_view(
    frontline: Client, world: World
) -> None:
    shared = make_conversation(world.frontline, world.colleague, subject="Handed over")
    page = frontline.get(reverse("conversations:detail", args=[shared.pk])).content.decode()
    assert "Cole Colleague" in page
    assert f'href="/people/{world.colleague.pk}/"' not in page
