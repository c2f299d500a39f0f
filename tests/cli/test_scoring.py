"""`legendary rescore`: scores what is unscored, or everything again with --all."""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from legendary.cli import main
from legendary.conversations.models import Conversation, Scorecard
from legendary.conversations.scoring import score_conversations
from legendary.people.models import Person
from legendary.people.services import create_organisation, create_person
from web.conftest import make_conversation

pytestmark = pytest.mark.django_db


@pytest.fixture
def agent() -> Person:
    """Priya serves the customers of a small garden shop."""
    return create_person(create_organisation("Garden Gate", "garden-gate"), "Priya Shah")


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_it_scores_only_the_unscored_conversations(agent: Person) -> None:
    done = make_conversation(agent)
    make_conversation(agent)
    make_conversation(agent)
    score_conversations([done.pk])
    before = Scorecard.objects.get(conversation=done).scored_at
    result = run("rescore")
    assert result.exit_code == 0, result.output
    assert "Scored 2 conversations in" in result.output
    assert Scorecard.objects.count() == 3
    assert Scorecard.objects.get(conversation=done).scored_at == before


def test_all_scores_everything_again(agent: Person) -> None:
    make_conversation(agent)
    run("rescore")
    result = run("rescore", "--all", "--organisation=garden-gate")
    assert "Scored 1 conversation in" in result.output
    assert Scorecard.objects.count() == Conversation.objects.count() == 1


def test_an_unknown_organisation_is_named(agent: Person) -> None:
    result = CliRunner().invoke(main, ["rescore", "--organisation=nowhere"])
    assert result.exit_code == 2
    assert "no organisation has the slug 'nowhere'" in result.output
    # Like import and rubric, it names the slugs there are (it did not; found on the QA walk).
    assert "pass --organisation with one of: garden-gate" in result.output
