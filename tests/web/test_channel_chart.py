"""The weekly channel chart: counts per week (quiet weeks included) and safe figure JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from legendary.conversations import selectors
from legendary.conversations.charts import channel_chart_json
from legendary.conversations.models import Channel, Conversation
from web.conftest import World, make_conversation


def test_quiet_weeks_stay_in_the_chart(world: World) -> None:
    make_conversation(world.frontline, channel=Channel.PHONE, days_ago=30, subject="A month ago")
    since = timezone.now() - dt.timedelta(days=60)
    one = Conversation.objects.filter(subject="A month ago")
    weekly = selectors.weekly_counts_by_channel(one, since)
    assert len(weekly.weeks) >= 9
    assert sum(weekly.by_channel["Phone"]) == 1
    assert weekly.by_channel["Phone"].count(0) == len(weekly.weeks) - 1
    assert all(week.weekday() == 0 for week in weekly.weeks)  # weeks start on Monday


def test_an_empty_window_draws_nothing(world: World) -> None:
    since = timezone.now() - dt.timedelta(days=90)
    empty = selectors.weekly_counts_by_channel(Conversation.objects.none(), since)
    assert channel_chart_json(empty) == ""


def test_figure_json_cannot_end_its_script_element() -> None:
    weekly = selectors.WeeklyChannelCounts(
        weeks=[dt.date(2026, 11, 2)], by_channel={"</script><b>": [3]}
    )
    text = channel_chart_json(weekly)
    assert "</" not in text
    assert json.loads(text)["data"][0]["name"] == "</script><b>"


@pytest.mark.django_db
def test_counts_by_channel_lists_every_channel_with_bar_lengths() -> None:
    counts = selectors.counts_by_channel(Conversation.objects.none())
    assert [c.channel for c in counts] == list(Channel.values)
    assert all(c.count == 0 and c.share == 0 for c in counts)


def test_a_short_first_or_current_week_is_marked_not_shown_as_quiet(world: World) -> None:
    """The leader's chart ended on a near-empty bar every Monday: the week under way holds a
    day, not seven. Short weeks are paler and say how many days they hold."""
    make_conversation(world.frontline, days_ago=0.01, subject="Today")
    since = timezone.now() - dt.timedelta(days=90)
    weekly = selectors.weekly_counts_by_channel(Conversation.objects.all(), since)
    today = timezone.localdate()
    start = timezone.localtime(since).date()
    assert weekly.days[-1] == today.weekday() + 1
    assert weekly.days[0] == 7 - start.weekday()
    assert all(n == 7 for n in weekly.days[1:-1])
    assert sum(weekly.days) == (today - start).days + 1
    trace = json.loads(channel_chart_json(weekly))["data"][0]
    opacity = trace["marker"]["opacity"]
    for n, note, alpha in zip(weekly.days, trace["customdata"], opacity, strict=True):
        assert (note == "") == (n == 7)
        assert (alpha == 1.0) == (n == 7)
        if n < 7:
            assert f"only {n} of its 7 days" in note


@pytest.mark.parametrize(("count", "step_weeks"), [(1, 1), (7, 1), (8, 2), (13, 2), (15, 3)])
def test_the_week_ticks_fall_on_the_bars_mondays_and_never_crowd(
    count: int, step_weeks: int
) -> None:
    # Plotly's own ticks fell on Sundays ("15 Nov") under bars that stand for Monday weeks.
    weeks = [dt.date(2026, 8, 31) + dt.timedelta(weeks=n) for n in range(count)]
    weekly = selectors.WeeklyChannelCounts(weeks=weeks, by_channel={"Chat": [1] * count})
    axis = json.loads(channel_chart_json(weekly))["layout"]["xaxis"]
    assert axis["tick0"] == "2026-08-31"  # a Monday, the first bar's
    assert axis["dtick"] == step_weeks * 7 * 24 * 3600 * 1000


def test_the_week_ticks_read_as_every_other_date() -> None:
    """The ticks read "07 Sep" where every other date on the pages reads "7 Sep"."""
    weeks = [dt.date(2026, 9, 7) + dt.timedelta(weeks=n) for n in range(3)]
    weekly = selectors.WeeklyChannelCounts(weeks=weeks, by_channel={"Chat": [1, 2, 3]})
    axis = json.loads(channel_chart_json(weekly))["layout"]["xaxis"]
    assert axis["tickformat"] == "%-d %b"  # d3's "%-d": the day without its leading zero
    assert axis["hoverformat"] == "%-d %b %Y"


def test_the_chart_says_what_its_paler_bars_are() -> None:
    """The paler first and last bars were explained only on hover, which a phone and a
    screenshot in a board pack never show: the axis title now says what they are."""
    weeks = [dt.date(2026, 8, 31) + dt.timedelta(weeks=n) for n in range(3)]
    short = selectors.WeeklyChannelCounts(
        weeks=weeks, by_channel={"Chat": [2, 9, 1]}, days=[3, 7, 1]
    )
    title = json.loads(channel_chart_json(short))["layout"]["xaxis"]["title"]["text"]
    assert title.startswith("week beginning")
    assert "paler" in title
    whole = selectors.WeeklyChannelCounts(weeks=weeks, by_channel={"Chat": [8, 9, 7]}, days=[7] * 3)
    assert json.loads(channel_chart_json(whole))["layout"]["xaxis"]["title"]["text"] == (
        "week beginning"
    )


@pytest.mark.parametrize("who", ["frontline", "manager", "leader"])
def test_the_channel_bars_say_what_they_count(
    world: World, who: str, request: pytest.FixtureRequest
) -> None:
    """The bars "By channel, last 90 days" showed "E-mail 638, Chat 701" with nothing saying
    what was counted (seen on every home page at 1280 and 390 px, session 21)."""
    make_conversation(world.frontline, channel=Channel.CHAT, days_ago=3, subject="Lost parcel")
    page = request.getfixturevalue(who).get("/").content.decode()
    bars = page[page.index('id="channels-heading"') :]
    assert "Conversations that came in through each channel" in bars[: bars.index('class="bars"')]
