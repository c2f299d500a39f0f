"""The demo organisation's CARE scorecards: every demo conversation scored by the engine."""

from __future__ import annotations

import random
from datetime import date

from legendary.conversations.scoring import score_conversations
from legendary.people.models import Organisation


# `rng` and `today` are unused but part of the DEMO_STEPS signature.
def populate(organisation: Organisation, rng: random.Random, today: date) -> None:  # noqa: ARG001
    """Score every conversation of the demo organisation (a `DEMO_STEPS` entry).

    Nothing here is random or dated: the scores are whatever the engine says about the
    demo conversations, exactly as it would for imported ones.
    """
    score_conversations(organisation.conversations.all())
