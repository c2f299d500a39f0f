"""Why customers get in touch with Harbour & Pine: the scenario templates of the demo.

Each `Scenario` holds several variants of every step of a conversation: how the customer
opens, the details they add, how a good agent says the problem back and names what the
customer needs, the options and promises they can make, what a poor agent falls back on
(policy, another department, blaming the customer), and the rules a good agent explains
instead of hiding behind them. The texts live in `data/scenarios.json`; slots in braces
(`SLOTS`) are filled by the generator.
"""

from __future__ import annotations

from dataclasses import dataclass

from legendary.demo.packaged import DemoDataError, Entry, check_slots, entries, read_data
from legendary.demo.pools import PRODUCTS

PROBLEM = "problem"
QUESTION = "question"
COMPLIMENT = "compliment"
KINDS: tuple[str, ...] = (PROBLEM, QUESTION, COMPLIMENT)
ALL_CHANNELS: tuple[str, ...] = ("email", "chat", "phone", "social", "in_person")

# Every slot a template may use; `conversations` fills exactly these.
SLOTS: tuple[str, ...] = (
    "product",
    "price",
    "lower_price",
    "colour",
    "other_colour",
    "size",
    "other_size",
    "order",
    "city",
    "store",
    "courier",
    "competitor",
    "ordered",
    "day",
    "points",
    "gift_amount",
    "colleague",
    "email",
    "phone",
    "card",
    "first",
    "agent",
    "department",
    "house",
    "street",
)
DATA_FILE = "scenarios.json"


@dataclass(frozen=True, slots=True)
class Scenario:
    """One reason for contact, with variants for every step a conversation goes through."""

    key: str
    title: str
    kind: str
    channels: tuple[str, ...]
    tags: tuple[str, ...]
    subjects: tuple[str, ...]
    openings: tuple[str, ...]
    details: tuple[str, ...]
    paraphrases: tuple[str, ...]  # the n-th says back the n-th of `details`
    options: tuple[tuple[str, str], ...]
    fixes: tuple[str, ...]
    commitments: tuple[str, ...]
    # What the customer needs from us, as noun phrases ("the £{price} sorted without having to
    # chase us again") a good agent says back before offering a way forward; none for praise.
    needs: tuple[str, ...] = ()
    policies: tuple[str, ...] = ()
    # The rules behind `policies`, as verb phrases ("refund it before it's back with us")
    # that a good agent explains before saying what they can do instead.
    limits: tuple[str, ...] = ()
    blames: tuple[str, ...] = ()
    department: str = "another team"
    feelings: tuple[str, ...] = ()
    side_questions: tuple[tuple[str, str], ...] = ()
    product_kinds: tuple[str, ...] = ()  # empty: any product fits the story


def _scenario(entry: Entry) -> Scenario:
    scenario = Scenario(
        key=entry.text("key"),
        title=entry.text("title"),
        kind=entry.choice("kind", KINDS),
        channels=entry.texts("channels"),
        tags=entry.texts("tags"),
        subjects=entry.texts("subjects"),
        openings=entry.texts("openings"),
        details=entry.texts("details"),
        paraphrases=entry.texts("paraphrases"),
        options=entry.pairs("options"),
        fixes=entry.texts("fixes", required=False),
        commitments=entry.texts("commitments"),
        needs=entry.texts("needs", required=False),
        policies=entry.texts("policies", required=False),
        limits=entry.texts("limits", required=False),
        blames=entry.texts("blames", required=False),
        department=entry.optional_text("department") or "another team",
        feelings=entry.texts("feelings", required=False),
        side_questions=entry.pairs("side_questions"),
        product_kinds=entry.texts("product_kinds", required=False),
    )
    unknown = set(scenario.channels) - set(ALL_CHANNELS)
    if unknown:
        raise entry.error("channels", f"{sorted(unknown)} are not channels")
    unknown = set(scenario.product_kinds) - {p.kind for p in PRODUCTS}
    if unknown:
        raise entry.error("product_kinds", f"{sorted(unknown)} are not kinds of product")
    templates = [
        *scenario.subjects,
        *scenario.openings,
        *scenario.details,
        *scenario.paraphrases,
        *(text for pair in scenario.options for text in pair),
        *scenario.fixes,
        *scenario.commitments,
        *scenario.needs,
        *scenario.policies,
        *scenario.limits,
        *scenario.blames,
        *scenario.feelings,
        *(text for pair in scenario.side_questions for text in pair),
    ]
    if len(scenario.paraphrases) != len(scenario.details):
        raise entry.error(
            "paraphrases", "must say back each of the details, one paraphrase per detail"
        )
    check_slots(templates, SLOTS, entry.place)
    return scenario


def load_scenarios() -> tuple[tuple[Scenario, ...], tuple[tuple[str, str], ...]]:
    """The scenarios and the general end-of-conversation questions from the package data."""
    data = read_data(DATA_FILE)
    where = f"legendary/demo/data/{DATA_FILE}"
    scenarios = tuple(_scenario(e) for e in entries(data, "scenarios", where, "scenario"))
    keys = [s.key for s in scenarios]
    if len(set(keys)) != len(keys):
        raise DemoDataError(f"{where}: scenario keys must be unique, got {sorted(keys)}")
    general = Entry(data, where).pairs("general_questions")
    check_slots([t for pair in general for t in pair], SLOTS, f"{where}, general_questions")
    return scenarios, general


SCENARIOS, GENERAL_QUESTIONS = load_scenarios()
SCENARIOS_BY_KEY: dict[str, Scenario] = {s.key: s for s in SCENARIOS}
