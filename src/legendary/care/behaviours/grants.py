"""What a turn grants the customer: read by `blames_policy` (a rule cited to say yes is
no wall) and by `questions.gives_help` (a request for help answered by a yes), so both read
a grant the same way. Phrases in empowered.json's `granted`."""

from __future__ import annotations

import re
from functools import cache

from legendary.care.lexicons import load_lexicon
from legendary.care.text import phrase_alternation, sentence_at


@cache
def _granted() -> re.Pattern[str]:
    """empowered.json's `granted` phrases, as whole words."""
    return re.compile(phrase_alternation(load_lexicon("empowered")["granted"]["phrases"]), re.I)


#: A condition after what is granted makes it no grant ("stays as it is only if you…").
_ON_A_CONDITION = re.compile(
    r"\s*,?\s*(?:only\s+)?(?:if|unless|as\s+long\s+as|provided|providing|so\s+long\s+as)\b",
    re.IGNORECASE,
)


@cache
def _undone() -> re.Pattern[str]:
    """empowered.json's `granted.undone`: a contrast, then words saying the outcome is
    unchanged ("…, but the answer will be the same")."""
    undone = load_lexicon("empowered")["granted"]["undone"]
    return re.compile(
        rf"{phrase_alternation(undone['contrasts'])}[^.!?;]*?"
        rf"{phrase_alternation(undone['unchanged'])}",
        re.IGNORECASE,
    )


def grants_despite_the_rule(text: str) -> bool:
    """True when a turn grants what the customer asked as an act done on something
    ("…, so I've approved the claim today", "we've waived this one", "it has been
    approved"; not "I've approved nothing else") or tells them the rule leaves them
    untouched ("so your discount stays as it is", "this doesn't affect you", "you're
    fine", "Good news: …"), with no condition hung on it ("stays as it is only if you
    pay on time") and no contrast after it in its sentence saying the outcome stands
    ("I've approved your request to speak to a manager, but the answer will be the
    same": a grant of something else)."""
    return any(
        not _ON_A_CONDITION.match(text, m.end())
        and _undone().search(text, m.end(), sentence_at(text, m.start()).end) is None
        for m in _granted().finditer(text)
    )
