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
