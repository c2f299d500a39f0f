"""The demo organisation's reviews: its QA analyst and a manager check the engine's
scorecards, so the Engine agreement page has figures to show from the first visit.

Every review is written through `legendary.conversations.reviews.save_review`, so the
reviewed scores come from the library exactly as for a person using the review form. Where
a demo reviewer disagrees with the engine is chosen per behaviour from the seed: each
behaviour gets its own plausible rate of correction, so some behaviours read as
trustworthy and a few as worth a closer look, and the same seed gives the same reviews.
The comments' texts live with the demo's other writing, in `legendary/demo/data/reviews.json`.
"""

from __future__ import annotations

import random
from datetime import date

from django.db.models import QuerySet

from legendary.care.rubric import DEFAULT
from legendary.care.scorecard import Outcome
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.models import Conversation, Scorecard
from legendary.conversations.reviews import NO_REPLY, save_review
from legendary.demo.packaged import DemoDataError, Entry, check_slots, read_data
from legendary.people.models import Organisation, Person, Role
from legendary.people.selectors import reporting_tree_ids

#: How many conversations each demo reviewer reviews (fewer if they may read fewer).
ANALYST_REVIEWS = 60
MANAGER_REVIEWS = 30
#: The range a behaviour's rate of correction is drawn from, per behaviour; a breaker's
#: (rude language, blaming the customer) is lower: reviewers rarely see one the engine
#: missed, or miss one it found.
LOWEST_RATE, HIGHEST_RATE = 0.03, 0.30
BREAKER_RATES = (0.01, 0.08)
_BREAKERS = frozenset(rule.behaviour for rule in DEFAULT.rules if rule.breaker)
# What a comment may be about: the engine's positive behaviours (not an organisation's
# own standards, whose ids do not read as words).
_POSITIVE = frozenset(rule.behaviour for rule in DEFAULT.rules if not rule.breaker)

#: Where the comments' texts live: the demo's writing is package data, editable without code.
COMMENTS_FILE = "reviews.json"
_WHERE = f"legendary/demo/data/{COMMENTS_FILE}"


def _comments() -> Entry:
    """The comment templates of `COMMENTS_FILE`, each with only the `{b}` slot."""
    comments = Entry(read_data(COMMENTS_FILE), _WHERE)
    for field in ("praise", "praise_well_ended", "breaker", "growth"):
        check_slots(comments.texts(field), {"b"}, f"{_WHERE}, field {field!r}")
    return comments


def _breaker_coaching(comments: Entry) -> dict[str, tuple[str, ...]]:
    """Each breaker of the default rubric and the coaching written for it alone: a breaker
    missing (or one the rubric does not know) is refused here, not found in the demo."""
    place = f"{_WHERE}, field 'breakers'"
    by_breaker = Entry(comments.record.get("breakers"), place)
    unknown = set(by_breaker.record) - _BREAKERS
    if unknown:
        raise DemoDataError(f"{place}: {', '.join(sorted(unknown))} is not a breaker")
    coaching = {b: by_breaker.texts(b) for b in sorted(_BREAKERS)}
    for breaker, texts in coaching.items():
        check_slots(texts, {"b"}, f"{place}, {breaker!r}")
    return coaching


_TEXTS = _comments()
#: Feedback for the person who served the customer, about a behaviour they showed.
PRAISE = _TEXTS.texts("praise")
#: Praise that says the conversation went well because of it: only for one that did (no
#: breaker, and the customer neither ended unhappy nor grew less happy).
PRAISE_WELL_ENDED = _TEXTS.texts("praise_well_ended")
#: Coaching on a breaker the reviewer saw, naming the moment service broke: words that fit
#: any breaker, and each breaker's own (what to say instead differs from one to the next).
BREAKER = _TEXTS.texts("breaker")
BREAKER_COACHING = _breaker_coaching(_TEXTS)
#: The scorecard flags of a conversation that did not end well.
_UNHAPPY = frozenset({"ended_negative", "sentiment_dropped", "breaker", "critical_breaker"})
#: Feedback about a behaviour that was missing, as coaching rather than blame.
GROWTH = _TEXTS.texts("growth")


def populate(organisation: Organisation, rng: random.Random, today: date) -> None:  # noqa: ARG001
    """Reviews by the demo's QA analyst and by a manager of their reports' conversations
    (a `DEMO_STEPS` entry, after the conversations are scored)."""
    people = Person.objects.filter(organisation=organisation, active=True)
    analyst = people.filter(role=Role.ANALYST, user__isnull=False).order_by("pk").first()
    manager = people.filter(role=Role.MANAGER, user__isnull=False).order_by("pk").first()
    # A conversation nobody replied in has nothing to review (`save_review` refuses it).
    scored = Conversation.objects.filter(
        organisation=organisation, scorecard__isnull=False
    ).exclude(flag_rows__flag=NO_REPLY)
    rates: dict[str, float] = {}
    taken: set[int] = set()
    if manager is not None:
        reports = scored.filter(agents__in=reporting_tree_ids(manager)).exclude(agents=manager)
        taken |= _review(manager, reports, MANAGER_REVIEWS, rng, rates)
    if analyst is not None:
        others = scored.exclude(pk__in=taken).exclude(agents=analyst)
        _review(analyst, others, ANALYST_REVIEWS, rng, rates)


def _review(
    reviewer: Person,
    conversations: QuerySet[Conversation],
    count: int,
    rng: random.Random,
    rates: dict[str, float],
) -> set[int]:
    """`reviewer` reviews `count` of `conversations`, chosen by `rng`; their ids."""
    ids = sorted(set(conversations.values_list("pk", flat=True)))
    chosen = sorted(rng.sample(ids, min(count, len(ids))))
    cards = Scorecard.objects.filter(conversation_id__in=chosen).select_related("conversation")
    for stored in cards.order_by("conversation_id"):
        outcomes = {
            str(b["behaviour"]): str(b["outcome"]) for b in stored.document.get("behaviours", ())
        }
        verdicts = {
            behaviour: _corrected(engine, rng)
            for behaviour, engine in outcomes.items()
            if rng.random() < rates.setdefault(behaviour, _rate(behaviour, rng))
        }
        ended_well = not _UNHAPPY & set(stored.document.get("flags", ()))
        comment = _comment(outcomes | verdicts, rng, ended_well=ended_well)
        save_review(stored.conversation, reviewer, verdicts, comment)
    return set(chosen)


def _rate(behaviour: str, rng: random.Random) -> float:
    """How often the demo's reviewers correct the engine on `behaviour`."""
    low, high = BREAKER_RATES if behaviour in _BREAKERS else (LOWEST_RATE, HIGHEST_RATE)
    return rng.uniform(low, high)


def _corrected(engine: str, rng: random.Random) -> str:
    """What a reviewer who disagrees says instead of the engine's `engine`: mostly the
    opposite verdict, sometimes that the behaviour did not apply (or did, after all)."""
    if engine == Outcome.NOT_APPLICABLE:
        return rng.choice((Outcome.ABSENT.value, Outcome.PRESENT.value))
    if rng.random() < 0.2:
        return Outcome.NOT_APPLICABLE.value
    return Outcome.ABSENT.value if engine == Outcome.PRESENT else Outcome.PRESENT.value


def _comment(outcomes: dict[str, str], rng: random.Random, *, ended_well: bool) -> str:
    """A coaching comment about one behaviour: the breaker the reviewer saw, when one broke
    the conversation; else praise for one shown (saying it made the ending, only when
    `ended_well`) or a next step for one missing."""
    broke = sorted(b for b, o in outcomes.items() if b in _BREAKERS and o == Outcome.PRESENT)
    shown = sorted(b for b, o in outcomes.items() if b in _POSITIVE and o == Outcome.PRESENT)
    missing = sorted(b for b, o in outcomes.items() if b in _POSITIVE and o == Outcome.ABSENT)
    if broke:
        behaviour = rng.choice(broke)
        template = rng.choice(BREAKER + BREAKER_COACHING[behaviour])
    elif missing and (not shown or rng.random() < 0.5):
        template, behaviour = rng.choice(GROWTH), rng.choice(missing)
    elif shown:
        praise = PRAISE + PRAISE_WELL_ENDED if ended_well else PRAISE
        template, behaviour = rng.choice(praise), rng.choice(shown)
    else:
        return ""
    return template.format(b=behaviour_label(behaviour).lower())
