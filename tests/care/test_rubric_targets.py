"""Reply-time targets belong to the rubric: an organisation sets how long its customers may
wait on each channel, `score(conversation, rubric)` judges `responds_promptly` against
them, and a stored rubric keeps them so a past score stays explainable. A rubric stored
before targets were part of it reads with the engine's defaults.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from legendary.care.behaviours.responsive import (
    MESSAGING_TARGET,
    RESPONSE_TARGETS,
    responds_promptly,
)
from legendary.care.model import Channel, Conversation, Role, Speaker, Turn
from legendary.care.rubric import DEFAULT, MESSAGING, Rubric, RubricError
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score

ASKED = datetime(2026, 11, 24, 9, 0)


def email_thread(wait: timedelta) -> Conversation:
    """A customer asks about a late parcel by e-mail; the agent replies after `wait`."""
    return Conversation(
        "parcel-1",
        (
            Turn(Speaker(Role.CUSTOMER), "My parcel was due on Friday and has not come.", ASKED),
            Turn(
                Speaker(Role.AGENT),
                "I have checked with the courier: it is out for delivery today.",
                ASKED + wait,
            ),
        ),
        channel=Channel.EMAIL,
    )


def with_email_target(target: timedelta) -> Rubric:
    return replace(DEFAULT, version="org-1", response_targets=(("email", target),))


def outcome(conversation: Conversation, rubric: Rubric) -> Outcome:
    card = score(conversation, rubric)
    return next(b.outcome for b in card.behaviours if b.behaviour == "responds_promptly")


def test_a_half_hour_reply_is_prompt_under_an_hour_and_late_under_ten_minutes() -> None:
    half_hour = email_thread(timedelta(minutes=30))
    assert outcome(half_hour, with_email_target(timedelta(hours=1))) is Outcome.PRESENT
    assert outcome(half_hour, with_email_target(timedelta(minutes=10))) is Outcome.ABSENT


def test_the_evidence_names_the_rubric_target() -> None:
    card = score(email_thread(timedelta(minutes=3)), with_email_target(timedelta(hours=1)))
    result = next(b for b in card.behaviours if b.behaviour == "responds_promptly")
    assert dict(result.evidence[0].detail)["target_seconds"] == "3600"
    assert dict(result.evidence[0].detail)["wait_seconds"] == "180"


def test_the_default_rubric_keeps_the_engine_targets() -> None:
    # Five hours is late for the default four-hour e-mail target.
    assert outcome(email_thread(timedelta(hours=5)), DEFAULT) is Outcome.ABSENT
    assert DEFAULT.channel_targets() == RESPONSE_TARGETS
    assert DEFAULT.messaging_target == MESSAGING_TARGET
    assert responds_promptly(email_thread(timedelta(hours=3))) != []


def test_targets_left_out_keep_the_defaults() -> None:
    rubric = with_email_target(timedelta(hours=1))
    assert rubric.channel_targets()[Channel.EMAIL] == timedelta(hours=1)
    assert rubric.channel_targets()[Channel.CHAT] == RESPONSE_TARGETS[Channel.CHAT]
    assert rubric.messaging_target == MESSAGING_TARGET


def test_targets_round_trip_through_json() -> None:
    rubric = replace(
        DEFAULT,
        version="org-2",
        response_targets=(("chat", timedelta(minutes=2)), (MESSAGING, timedelta(hours=3))),
    )
    stored = json.loads(rubric.to_json())
    assert stored["response_targets_seconds"]["chat"] == 120
    assert stored["response_targets_seconds"]["messaging"] == 10800
    assert Rubric.from_json(rubric.to_json()) == rubric


def test_an_old_rubric_without_targets_reads_with_the_defaults() -> None:
    old = DEFAULT.as_dict()
    del old["response_targets_seconds"]
    read = Rubric.from_json(json.dumps(old))
    assert read == DEFAULT
    assert read.channel_targets() == RESPONSE_TARGETS
    assert read.messaging_target == MESSAGING_TARGET


@pytest.mark.parametrize(
    ("targets", "message"),
    [
        ({"fax": 60}, r"rubric\.json\.response_targets_seconds\.fax: not a channel"),
        ({"email": 0}, r"response_targets_seconds\.email: a target must be more than 0"),
        ({"chat": -5}, r"response_targets_seconds\.chat: a target must be more than 0"),
        ({"email": "4h"}, r"response_targets_seconds\.email: expected a number"),
        ({"email": 1e20}, r"response_targets_seconds\.email: too long"),
        # A week and a day: the page refuses it, and so does a rubric file.
        ({"email": 8 * 24 * 3600}, r"response_targets_seconds\.email: a target can be at most 7"),
        # Python's JSON reader takes NaN and Infinity; neither is a duration.
        ({"email": float("nan")}, r"response_targets_seconds\.email: expected a finite number"),
        ({"chat": float("inf")}, r"response_targets_seconds\.chat: expected a finite number"),
        (["email", 60], r"response_targets_seconds: expected an object"),
    ],
)
def test_a_bad_target_in_a_rubric_file_names_its_place(targets: object, message: str) -> None:
    data = {**DEFAULT.as_dict(), "response_targets_seconds": targets}
    with pytest.raises(RubricError, match=message):
        Rubric.from_dict(data, "rubric.json")


def test_nan_written_in_a_rubric_file_is_refused_with_its_place() -> None:
    data = {**DEFAULT.as_dict(), "response_targets_seconds": {"email": "@"}}
    text = json.dumps(data).replace('"@"', "NaN")
    with pytest.raises(RubricError, match=r"response_targets_seconds\.email: expected a finite"):
        Rubric.from_json(text)


def test_a_rubric_built_in_code_refuses_a_target_of_no_time() -> None:
    with pytest.raises(RubricError, match="email: a target must be more than 0"):
        with_email_target(timedelta(0))
