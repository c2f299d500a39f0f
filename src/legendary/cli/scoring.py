"""Scoring stored conversations from the command line: `legendary rescore`."""

from __future__ import annotations

import time

import click

from legendary.cli.django_setup import setup_django
from legendary.cli.platform import _organisation
from legendary.cli.progress import progress_bar


@click.command()
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Score every conversation again (e.g. after changing the rubric), not only new ones.",
)
@click.option(
    "--organisation",
    "organisation_slug",
    default="",
    help="Only this organisation's conversations (its slug); default: every organisation.",
)
def rescore(everything: bool, organisation_slug: str) -> None:
    """Score stored conversations with the CARE engine and store their scorecards.

    Without --all only conversations that have no scorecard yet are scored (what an
    interrupted background task left behind). Scoring again replaces the old scorecard,
    so running this twice is safe.
    """
    setup_django()
    from legendary.conversations.models import Conversation
    from legendary.conversations.scoring import score_conversations, unscored

    conversations = Conversation.objects.all()
    if organisation_slug:
        # The same lookup as import and rubric: an unknown slug is answered with the known ones.
        organisation = _organisation(organisation_slug, create_if_none=False)
        conversations = conversations.filter(organisation=organisation)
    if not everything:
        conversations = unscored(conversations)
    begun = time.perf_counter()
    with progress_bar("Scoring conversations") as advance:
        scored = score_conversations(
            conversations, progress=lambda done, total: advance(done, total)
        )
    seconds = time.perf_counter() - begun
    rate = f" ({scored / seconds:,.0f} a second)" if scored and seconds > 0 else ""
    click.echo(
        f"Scored {scored:,} conversation{'s' if scored != 1 else ''} in {seconds:.1f} s{rate}."
    )


COMMANDS = [rescore]
