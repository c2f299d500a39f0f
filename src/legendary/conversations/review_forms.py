"""The "Review this conversation" form: one choice per behaviour of the scorecard (the
engine's verdict chosen to start with) and the feedback comment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django import forms

from legendary.care.scorecard import Outcome, Quality
from legendary.conversations.care_summary import behaviour_label
from legendary.conversations.reviews import COMMENT_LIMIT, VERDICT_FIELD, EngineCard
from legendary.conversations.rubric_page import behaviour_texts

PREFIX = VERDICT_FIELD
BREAKERS = "breakers"

# How each verdict reads for a behaviour we hope to see and for one that breaks service
# ("Shown" would read oddly beside "Blames the customer"; "Avoided" is what we thank them for).
_WORDS = {
    False: {
        Outcome.PRESENT: "Shown",
        Outcome.ABSENT: "Missing",
        Outcome.NOT_APPLICABLE: "Not needed",
    },
    True: {
        Outcome.PRESENT: "Happened",
        Outcome.ABSENT: "Avoided",
        Outcome.NOT_APPLICABLE: "Not needed",
    },
}


def verdict_word(outcome: str, breaker: bool) -> str:
    """How a verdict ("present", "absent", "na") reads on the page."""
    try:
        return _WORDS[breaker][Outcome(outcome)]
    except ValueError:
        return outcome


@dataclass(frozen=True)
class VerdictRow:
    """One behaviour on the form: its name, what it means, the engine's verdict in words
    and the field to choose the reviewer's in."""

    behaviour: str
    label: str
    description: str
    engine: str
    engine_words: str
    breaker: bool
    field: forms.BoundField


class ReviewForm(forms.Form):
    """The reviewer's verdict on every behaviour of `engine`'s scorecard, and feedback.

    `previous` (behaviour -> verdict) starts the choices where the reviewer left them last
    time; otherwise each starts at the engine's verdict. A posted verdict for a behaviour
    the scorecard does not score is refused, naming it."""

    comment = forms.CharField(
        label="Feedback for the person who served this customer",
        help_text=(
            "What went well, and one thing to try next time. Write it as you would say it "
            "face to face: they will read it."
        ),
        required=False,
        max_length=COMMENT_LIMIT,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": "Feedback can be up to %(limit_value)s characters; "
            "this is %(show_value)s. Try keeping it to the one or two things that matter most."
        },
    )

    def __init__(
        self,
        data: Mapping[str, Any] | None,
        *,
        engine: EngineCard,
        previous: Mapping[str, str] | None = None,
        comment: str = "",
    ) -> None:
        super().__init__(data, initial={"comment": comment})
        self.engine = engine
        texts = behaviour_texts(engine.rubric)
        self._rows: list[tuple[str, VerdictRow]] = []
        for result in engine.card.behaviours:
            label, description = texts.get(
                result.behaviour, (behaviour_label(result.behaviour), "")
            )
            name = PREFIX + result.behaviour
            self.fields[name] = forms.ChoiceField(
                label=label,
                choices=[(o.value, verdict_word(o.value, result.breaker)) for o in Outcome],
                initial=(previous or {}).get(result.behaviour, result.outcome.value),
                widget=forms.RadioSelect,
                # Left out, a behaviour keeps the engine's verdict (see `verdicts`).
                required=False,
                # Django fills in %(value)s with `%`, so a `%` in a name an organisation
                # wrote ("Resolve 100% first time") must be doubled to print as written.
                error_messages={
                    "invalid_choice": "“%(value)s” is not a verdict for "
                    + f"“{label.replace('%', '%%')}”: choose "
                    + " / ".join(_WORDS[result.breaker].values()).lower()
                    + ".",
                },
            )
            group = BREAKERS if result.breaker else result.quality
            self._rows.append(
                (
                    group,
                    VerdictRow(
                        behaviour=result.behaviour,
                        label=label,
                        description=description,
                        engine=result.outcome.value,
                        engine_words=verdict_word(result.outcome.value, result.breaker),
                        breaker=result.breaker,
                        field=self[name],
                    ),
                )
            )

    def groups(self) -> list[tuple[str, list[VerdictRow]]]:
        """(group, its rows): the CARE qualities in order, then the breakers."""
        order = [q.value for q in Quality] + [BREAKERS]
        grouped = [(name, [row for group, row in self._rows if group == name]) for name in order]
        return [(name, rows) for name, rows in grouped if rows]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for key in self.data:
            if key.startswith(PREFIX) and key not in self.fields:
                behaviour = key.removeprefix(PREFIX)
                self.add_error(None, f"“{behaviour}” ({key}) is not a behaviour on this scorecard.")
        return cleaned

    def verdicts(self) -> dict[str, str]:
        """The chosen verdict of each behaviour (after `is_valid()`); one left out keeps
        the engine's verdict."""
        return {
            name.removeprefix(PREFIX): value
            for name, value in self.cleaned_data.items()
            if name.startswith(PREFIX) and value
        }
