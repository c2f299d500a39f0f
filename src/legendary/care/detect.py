"""The one-utterance path: judge one agent turn, given the customer's previous turn.

`detect` is what `legendary evaluate` uses to check the engine against labelled rows;
whole conversations go through `score()`, which calls the same utterance detectors per
turn.
"""

from __future__ import annotations

from collections.abc import Iterable

from legendary.care.behaviours.base import Utterance, registry
from legendary.care.evidence import Evidence


class UnknownBehaviourError(ValueError):
    """A behaviour id that no detector is registered under."""


def utterance_behaviour_ids() -> list[str]:
    """The ids of every registered utterance detector, sorted."""
    return sorted(b.id for b in registry().values() if b.utterance is not None)


def detect(
    text: str,
    context: str = "",
    *,
    behaviours: Iterable[str] | None = None,
    customer_name: str = "",
) -> list[Evidence]:
    """Every behaviour the agent turn `text` shows, with its evidence.

    `context` is the customer's previous turn (may be empty); `customer_name` lets
    `uses_customer_name` work. `behaviours` limits the run to those ids (all utterance
    detectors by default); an id that is unknown, or that only makes sense over a whole
    conversation, raises `UnknownBehaviourError`. Evidence comes back in detector order,
    with `turn` 0.
    """
    known = registry()
    utterance = Utterance(text, context, 0, customer_name)
    if behaviours is None:
        selected = [b for b in known.values() if b.utterance is not None]
    else:
        selected = []
        for behaviour_id in behaviours:
            found = known.get(behaviour_id)
            if found is None or found.utterance is None:
                raise UnknownBehaviourError(
                    f"no utterance detector called {behaviour_id!r}; "
                    f"known: {', '.join(utterance_behaviour_ids())}"
                )
            selected.append(found)
    evidence: list[Evidence] = []
    for behaviour in selected:
        assert behaviour.utterance is not None  # filtered above
        # Only what it declares it reads, as `score()` hands it (base's rule of reads).
        evidence.extend(behaviour.utterance(behaviour.sees(utterance)))
    return evidence
