"""The conversation list (filters, search, pagination, htmx) and the transcript page."""

from __future__ import annotations

import re
from typing import Any

from django.test import Client
from django.urls import reverse

from legendary.conversations.models import Channel, SpeakerRole, Turn
from legendary.people.services import create_organisation, create_person
from web.conftest import PASSWORD, World, make_conversation, make_scorecard

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


def test_a_to_date_before_the_from_date_is_explained(leader: Client) -> None:
    page = leader.get(LIST, {"since": "2026-11-20", "until": "2026-11-01"}).content.decode()
    assert "0 conversations" in page
    assert "“To” (1 Nov 2026) is before “From” (20 Nov 2026)" in page
    fragment = leader.get(
        LIST, {"since": "2026-11-20", "until": "2026-11-01"}, headers={"HX-Request": "true"}
    ).content.decode()
    assert "Swap the two dates" in fragment


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


def care_cell(page: str, subject: str) -> str:
    """The CARE cell (the last one) of the list row whose subject is `subject`."""
    row = next(r for r in page.split("<tr>") if f">{subject}</a>" in r)
    cells: list[str] = re.findall(r'<td class="num">(.*?)</td>', row, re.DOTALL)
    return cells[-1]


def flag_counts_of(page: str) -> str:
    """The list's "flags in these conversations" links."""
    start = page.index('class="flag-counts')
    return page[start : page.index("</nav>", start)]


def subjects_in_order(page: str) -> list[str]:
    return re.findall(r'class="subject" href="[^"]+">([^<]+)</a>', page)


def test_each_row_shows_its_care_score_or_a_dash_until_it_is_scored(
    leader: Client, world: World
) -> None:
    make_scorecard(world.frontline_conversation, 83.6)
    make_scorecard(world.indirect_conversation, None)
    page = leader.get(LIST).content.decode()
    assert care_cell(page, "Fran&#x27;s parcel") == "84"
    assert care_cell(page, "Cole&#x27;s refund") == (
        '<span class="muted" title="not scored yet">—</span>'
    )
    assert 'title="scored, but no CARE behaviour applied">n/a<' in care_cell(
        page, "Ivy&#x27;s booking"
    )


def test_it_orders_by_care_score_with_unscored_conversations_last(
    leader: Client, world: World
) -> None:
    make_scorecard(world.frontline_conversation, 40.0)
    make_scorecard(world.colleague_conversation, 90.0)
    make_scorecard(world.indirect_conversation, 65.0)
    lowest = subjects_in_order(leader.get(LIST, {"sort": "care"}).content.decode())
    highest = subjects_in_order(leader.get(LIST, {"sort": "-care"}).content.decode())
    scored = ["Fran&#x27;s parcel", "Ivy&#x27;s booking", "Cole&#x27;s refund"]
    assert lowest[:3] == scored
    assert highest[:3] == scored[::-1]
    assert lowest[3:] == highest[3:] == ["Maya&#x27;s escalation"]
    # An order the page does not know falls back to newest first instead of failing.
    newest = subjects_in_order(leader.get(LIST, {"sort": "subject"}).content.decode())
    assert newest == subjects_in_order(leader.get(LIST).content.decode())


def test_the_care_column_costs_no_query_per_row(
    leader: Client, world: World, django_assert_max_num_queries: Any
) -> None:
    leader.get(LIST)  # the session and the rubric are cached from here on
    with django_assert_max_num_queries(100) as few:
        leader.get(LIST)
    for n in range(30):
        conversation = make_conversation(world.frontline, subject=f"Scored {n:02d}")
        make_scorecard(conversation, 50.0 + n)
    # A full page of 25 scored rows asks the database no more than a page of four.
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = leader.get(LIST, {"sort": "-care"}).content.decode()
    assert care_cell(page, "Scored 29") == "79"


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


def test_served_by_tells_an_unanswered_conversation_from_an_unmatched_agent(
    leader: Client, world: World
) -> None:
    """The transcript page said "No one matched" for an e-mail nobody had answered yet, and
    the list said "no one yet" for a chat a temp (unknown here) had answered."""
    waiting = make_conversation(world.frontline, subject="Waiting", texts=("Hello?",))
    waiting.agents.clear()
    answered = make_conversation(
        world.frontline, subject="Answered by a temp", texts=("Hi", "Hello, Jess here.")
    )
    answered.agents.clear()
    Turn.objects.filter(conversation=answered, speaker_role=SpeakerRole.AGENT).update(
        person=None, speaker_name="Jess (temp)"
    )
    detail = leader.get(reverse("conversations:detail", args=[waiting.pk])).content.decode()
    assert "No one has replied yet" in detail
    assert "No one matched" not in detail
    detail = leader.get(reverse("conversations:detail", args=[answered.pk])).content.decode()
    assert "Nobody here: Jess (temp) matched no one in your organisation" in detail
    listing = leader.get(LIST).content.decode()
    row = listing.split("Answered by a temp")[1].split("</tr>")[0]
    assert "not matched" in row
    row = listing.split("Waiting")[1].split("</tr>")[0]
    assert "no one yet" in row


def test_an_analyst_finds_the_conversations_worth_a_human_look(
    analyst: Client, world: World
) -> None:
    """The README promises the QA analyst sees which conversations the engine flags as worth
    a human look; the flags showed only inside each scorecard, with no way to find them."""
    make_scorecard(
        make_conversation(world.frontline, subject="Flagged one"), flags=["question_ignored"]
    )
    make_scorecard(make_conversation(world.frontline, subject="Quiet one"))
    home = analyst.get(reverse("home")).content.decode()
    assert f'href="{LIST}?flagged=on"' in home
    page = analyst.get(LIST, {"flagged": "on"}).content.decode()
    assert "Flagged one" in page
    assert "Quiet one" not in page
    assert "Fran&#x27;s parcel" not in page  # not scored: nothing flagged it
    api = analyst.get("/api/conversations", {"flagged": "true"}).json()
    assert [c["subject"] for c in api["items"]] == ["Flagged one"]


def test_worth_a_human_look_leaves_out_conversations_whose_only_flag_is_a_promise(
    analyst: Client, world: World
) -> None:
    """In the demo 1,162 of 1,808 flagged conversations carried only "promise_to_keep", a
    reminder to check a promise later: the filter listed them as worth a human look."""
    make_scorecard(
        make_conversation(world.frontline, subject="Promise only"), flags=["promise_to_keep"]
    )
    make_scorecard(
        make_conversation(world.frontline, subject="Left upset"),
        flags=["ended_negative", "promise_to_keep"],
    )
    page = analyst.get(LIST, {"flagged": "on"}).content.decode()
    assert "Left upset" in page
    assert "Promise only" not in page
    api = analyst.get("/api/conversations", {"flagged": "true"}).json()
    assert [c["subject"] for c in api["items"]] == ["Left upset"]


def test_the_analyst_lists_one_kind_of_flag_and_sees_how_many_carry_each(
    analyst: Client, world: World
) -> None:
    make_scorecard(
        make_conversation(world.frontline, subject="Promise only"), flags=["promise_to_keep"]
    )
    make_scorecard(
        make_conversation(world.frontline, subject="Left upset"),
        flags=["ended_negative", "breaker"],
    )
    make_scorecard(
        make_conversation(world.colleague, subject="Cross too"), flags=["ended_negative"]
    )
    page = analyst.get(LIST, {"flag": "ended_negative"}).content.decode()
    assert set(subjects_in_order(page)) == {"Left upset", "Cross too"}
    # The counts, each a link that lists that flag (counted with the flag filter aside).
    counts = flag_counts_of(page)
    assert re.search(r"Worth a human look <b>2</b>", counts)
    assert re.search(r'href="\?flag=breaker">Service broke <b>1</b>', counts)
    assert "Promise to check <b>1</b>" in counts
    # The chosen flag is marked, and its link clears it.
    assert re.search(r'href="\?" aria-current="true"[^>]*>Customer ended unhappy <b>2</b>', counts)
    assert "Question left unanswered" not in counts  # no conversation carries it
    # The select offers both kinds, grouped.
    assert '<optgroup label="Worth a human look">' in page
    assert '<optgroup label="To follow up">' in page
    promises = analyst.get(LIST, {"flag": "promise_to_keep"}).content.decode()
    assert subjects_in_order(promises) == ["Promise only"]


def test_flag_counts_follow_the_other_filters_and_the_viewers_view(
    analyst: Client, frontline: Client, world: World
) -> None:
    make_scorecard(
        make_conversation(world.frontline, subject="Fran upset"), flags=["ended_negative"]
    )
    make_scorecard(
        make_conversation(world.colleague, subject="Cole upset", channel=Channel.EMAIL),
        flags=["ended_negative"],
    )
    on_email = analyst.get(LIST, {"channel": "email"}).content.decode()
    assert "Customer ended unhappy <b>1</b>" in on_email
    assert 'href="?channel=email&amp;flag=ended_negative"' in on_email
    # Fran counts only her own conversations.
    own = frontline.get(LIST).content.decode()
    assert "Customer ended unhappy <b>1</b>" in own


def test_page_links_keep_only_valid_filters_written_the_way_the_form_reads_them(
    leader: Client, world: World
) -> None:
    """`?since=2026-13-45` was named on the page and left out, but the "Next" link carried it
    on to page 2, which complained again."""
    for n in range(30):
        make_conversation(world.frontline, subject=f"Bulk {n:02d}", days_ago=2 + n / 10)
    page = leader.get(LIST, {"since": "2026-13-45", "channel": "chat", "flag": "urgent"})
    html = page.content.decode()
    assert "“since=2026-13-45” in the address is not understood" in html
    assert "“flag=urgent” in the address is not understood" in html
    links = re.findall(r'<a class="button secondary" href="\?([^"]*)"', html)
    assert links == ["channel=chat&page=2"]
    # A valid date travels on, in the form's own spelling.
    agent = world.frontline.pk
    html = leader.get(LIST, {"since": " 2026-01-01 ", "agent": agent}).content.decode()
    links = re.findall(r'<a class="button secondary" href="\?([^"]*)"', html)
    assert links == [f"agent={agent}&amp;since=2026-01-01&page=2"]


def test_each_row_of_the_list_names_its_flags(analyst: Client, world: World) -> None:
    """With "Worth a human look" ticked the analyst saw which conversations, not why."""
    make_scorecard(
        make_conversation(world.frontline, subject="Left upset"),
        flags=["promise_to_keep", "ended_negative", "breaker"],
    )
    make_scorecard(make_conversation(world.frontline, subject="Calm"))
    page = analyst.get(LIST).content.decode()
    upset = next(r for r in page.split("<tr>") if ">Left upset</a>" in r)
    assert re.findall(r'<span class="row-flag[^"]*">([^<]+)</span>', upset) == [
        "Service broke",
        "Customer ended unhappy",
        "Promise to check",
    ]
    assert '<span class="row-flag follow-up">Promise to check</span>' in upset
    calm = next(r for r in page.split("<tr>") if ">Calm</a>" in r)
    assert "row-flag" not in calm
    # Tables elsewhere (the analyst's home) stay as they were.
    assert "row-flag" not in analyst.get(reverse("home")).content.decode()


def test_an_empty_list_tells_no_conversations_yet_from_filters_that_match_none(
    world: World,
) -> None:
    """A new organisation's leader read "No conversation matches these filters." before
    choosing any filter: they were told to change filters when there was nothing yet."""
    fresh = create_organisation("Fresh Start Ltd")
    create_person(
        fresh, "Nia New", role="leader", with_login=True, username="nia", password=PASSWORD
    )
    client = Client()
    assert client.login(username="nia", password=PASSWORD)
    page = client.get(reverse("conversations:list")).content.decode()
    assert "No conversations you can read yet." in page
    assert "matches these filters" not in page
    filtered = client.get(reverse("conversations:list"), {"channel": Channel.PHONE})
    assert "No conversation matches these filters." in filtered.content.decode()


def test_a_conversation_nobody_answered_says_so_where_its_score_would_be(
    leader: Client, world: World
) -> None:
    """Its "n/a" said "scored, but no CARE behaviour applied", as for a conversation whose
    replies gave no behaviour a chance: for one nobody answered it now says that."""
    unanswered = make_conversation(
        customer=world.frontline_conversation.customer,
        subject="Anyone there",
        texts=("Hello? I wrote on Monday and heard nothing.",),
    )
    make_scorecard(unanswered, None, flags=["no_agent_turn"])
    make_scorecard(world.frontline_conversation, None)
    page = leader.get(reverse("conversations:list")).content.decode()
    assert page.count('title="no reply from the team yet, so nothing to score">n/a') == 1
    assert page.count('title="scored, but no CARE behaviour applied">n/a') == 1
