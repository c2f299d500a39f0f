"""Changing a rubric through `rubric_editing`: version names, the name and note of a
standard, and what an edit keeps."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from legendary.care.rubric import DEFAULT
from legendary.care.standards import Standard
from legendary.conversations import rubric_editing
from legendary.conversations.models import RubricVersion
from legendary.conversations.rubric_editing import RubricChangeError, StandardDraft
from legendary.conversations.rubric_page import rubric_changes
from legendary.conversations.scoring import adopt_rubric, rubric_in_use
from web.conftest import World

NO_PROBLEM = StandardDraft(
    name="Never say 'no problem'",
    kind="avoid",
    phrases=("no problem", "no worries"),
    weight=10.0,
    quality="responsive",
    note="It sounds as if the customer's trouble was nothing.",
)


def test_versions_count_up_within_a_day_and_restart_the_next(world: World) -> None:
    day = dt.date(2026, 11, 22)
    for version in ("2026-11-22-1", "2026-11-22-2", "2026-11-22-draft"):
        RubricVersion.objects.create(organisation=world.org, version=version, definition={})
    assert rubric_editing.next_version(world.org, day) == "2026-11-22-3"
    assert rubric_editing.next_version(world.org, day + dt.timedelta(days=1)) == "2026-11-23-1"


def test_a_standard_keeps_its_name_and_note(world: World) -> None:
    rubric_editing.save_standard(world.org, NO_PROBLEM)
    (standard,) = rubric_in_use(world.org)[1].standards
    assert standard.slug == "never-say-no-problem"
    assert standard.breaker
    assert standard.weight == 10.0
    assert rubric_editing.standard_name(standard) == "Never say 'no problem'"
    assert rubric_editing.standard_note(standard) == NO_PROBLEM.note


def test_a_standard_from_a_file_without_a_name_reads_well() -> None:
    standard = Standard("asks-anything-else", "", ("anything else",))
    assert rubric_editing.standard_name(standard) == "Asks anything else"
    assert rubric_editing.standard_note(standard) == ""


def test_an_edit_keeps_a_cap_set_in_a_rubric_file(world: World) -> None:
    capped = Standard(
        "no-jargon", "No jargon", ("per policy",), kind="avoid", weight=10.0, cap=70.0
    )
    adopt_rubric(world.org, replace(DEFAULT, version="file-1", standards=(capped,)))
    draft = replace(NO_PROBLEM, name="No jargon", phrases=("per policy", "as per"))
    rubric_editing.save_standard(world.org, draft, replacing="no-jargon")
    (standard,) = rubric_in_use(world.org)[1].standards
    assert standard.cap == 70.0
    assert standard.phrases == ("per policy", "as per")


def test_weights_for_an_unknown_behaviour_are_refused(world: World) -> None:
    with pytest.raises(RubricChangeError, match="no behaviour take_ownership"):
        rubric_editing.set_weights(world.org, {"take_ownership": 2.0})
    assert rubric_in_use(world.org)[0].version == DEFAULT.version


def test_removing_a_standard_that_is_gone_says_so(world: World) -> None:
    with pytest.raises(RubricChangeError, match="no standard 'gone'"):
        rubric_editing.remove_standard(world.org, "gone")


def test_two_saves_at_the_same_moment_do_not_clash(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The other save took the version name this one computed, with different rules.
    taken = replace(DEFAULT, version="2026-11-22-1", standards=())
    RubricVersion.objects.create(
        organisation=world.org, version=taken.version, definition=taken.as_dict()
    )
    monkeypatch.setattr(rubric_editing, "next_version", lambda *_: "2026-11-22-1")
    with pytest.raises(RubricChangeError, match="at the same moment"):
        rubric_editing.save_standard(world.org, NO_PROBLEM)
    assert rubric_in_use(world.org)[1].standards == ()


def test_the_changes_between_two_versions_read_as_sentences() -> None:
    jargon = Standard("no-jargon", "No jargon", ("per policy",), kind="avoid", weight=10.0)
    tips = Standard("care-tips", "Share a care tip", ("water it",))
    before = replace(DEFAULT, version="a", standards=(jargon, tips))
    rude = DEFAULT.rule("rude_language")
    assert rude is not None
    rules = tuple(
        replace(rule, penalty=60.0) if rule is rude else rule
        for rule in DEFAULT.rules
        if rule.behaviour != "uses_customer_name"
    )
    after = replace(
        DEFAULT, version="b", rules=rules, standards=(replace(tips, phrases=("feed it",)),)
    )
    assert rubric_changes(before, after) == [
        "changed the standard “Share a care tip”",
        "removed the standard “No jargon”",
        "rude language: -50 points → -60 points",
        "dropped uses customer name",
    ]


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("re:[abc", "unterminated character set"),
        ("re:sorry for (the|any wait", "missing ), unterminated subpattern"),
        ("re:thank you)|(", "unbalanced parenthesis"),
        ("re:", "nothing follows re:"),
    ],
)
def test_a_broken_regular_expression_is_refused_on_its_own_line(
    world: World, line: str, why: str
) -> None:
    draft = replace(NO_PROBLEM, kind="include", weight=1.0, phrases=("no problem", line))
    expected = f"Line 2, “{line}”, is not a valid pattern ({why})"
    assert [str(p) for p in rubric_editing.draft_problems(draft)] == [
        f"{expected}. Fix it, or leave out re: to look for the words as written."
    ]
    with pytest.raises(RubricChangeError, match=re.escape(expected)):
        rubric_editing.save_standard(world.org, draft)
    assert rubric_in_use(world.org)[1].standards == ()


def test_a_working_regular_expression_is_kept(world: World) -> None:
    draft = replace(NO_PROBLEM, phrases=("re:no (problem|worries)",))
    assert rubric_editing.draft_problems(draft) == []
    rubric_editing.save_standard(world.org, draft)
    (standard,) = rubric_in_use(world.org)[1].standards
    assert standard.phrases == ("re:no (problem|worries)",)
