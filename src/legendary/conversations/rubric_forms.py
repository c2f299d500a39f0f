"""Forms of the service standards page: one standard, the behaviour weights, and the
reply-time targets.

The forms only check types; what makes a change acceptable (ranges, a unique name, at
least one phrase) lives in `rubric_editing`, which every caller goes through. The views put
its `RubricChangeError` next to the field it names.
"""

from __future__ import annotations

from typing import cast

from django import forms

from legendary.care.rubric import LONGEST_TARGET, Rubric
from legendary.care.scorecard import Quality
from legendary.care.standards import Kind, Scope, Standard
from legendary.conversations.rubric_editing import (
    NAME_LENGTH,
    POINTS,
    TARGET_LABELS,
    WEIGHT,
    RubricChangeError,
    StandardDraft,
    draft_problems,
    reads_in_hours,
    standard_name,
    standard_note,
    target_problem,
    weight_of,
    weight_problems,
)
from legendary.conversations.rubric_page import KIND_LABELS, SCOPE_LABELS


class StandardForm(forms.Form):
    """A standard as people describe it; `draft()` hands it to `rubric_editing`."""

    name = forms.CharField(
        max_length=NAME_LENGTH,
        label="Name",
        help_text="What your team would call it in a huddle, like “Thank them for waiting”.",
    )
    kind = forms.ChoiceField(
        choices=list(KIND_LABELS.items()),
        initial="include",
        widget=forms.RadioSelect,
        label="The agent",
        help_text=(
            "“Must say” earns credit when any of the phrases is heard; “must not say” "
            "takes points off when one slips out."
        ),
    )
    phrases = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "thank you for waiting"}),
        label="Phrases, one per line",
        help_text=(
            "Whole words, capitals ignored: “thank you for waiting” also finds “Thank you "
            "for waiting, Sam”. Add the ways your people really say it. A line starting "
            "with re: is a regular expression."
        ),
    )
    weight = forms.FloatField(
        initial=1.0,
        widget=forms.NumberInput(attrs={"step": "any", "min": 0, "max": POINTS.high}),
        label="Weight",
        help_text=(
            f"For “must say”, how much it counts next to the behaviours below "
            f"({WEIGHT.low:g} to {WEIGHT.high:g}; most weigh 1 or 2). For “must not say”, "
            f"the points it takes off ({POINTS.low:g} to {POINTS.high:g}). Start at 0 to "
            "watch how often it happens before it counts."
        ),
    )
    quality = forms.ChoiceField(
        choices=[(q.value, q.value.capitalize()) for q in Quality],
        initial=Quality.COMMITTED.value,
        label="CARE quality",
        help_text="The quality this standard shows, or breaks when it is a “must not say”.",
    )
    scope = forms.ChoiceField(
        choices=[(key, label.capitalize()) for key, label in SCOPE_LABELS.items()],
        initial="any",
        label="Listen",
        help_text="A greeting belongs in the first message, a warm goodbye in the last.",
    )
    note = forms.CharField(
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        label="Why it matters (optional)",
        help_text=(
            "A line a coach would say, like “People who waited want to hear that we "
            "noticed.” It is shown next to the standard."
        ),
    )
    based_on = forms.CharField(widget=forms.HiddenInput)

    @classmethod
    def for_standard(cls, standard: Standard, based_on: str) -> StandardForm:
        """A form filled in with an existing standard, to change it."""
        return cls(
            initial={
                "name": standard_name(standard),
                "kind": standard.kind,
                "phrases": "\n".join(standard.phrases),
                "weight": standard.weight,
                "quality": standard.quality,
                "scope": standard.scope,
                "note": standard_note(standard),
                "based_on": based_on,
            }
        )

    def clean(self) -> dict[str, object] | None:
        """Show every problem of the standard at once, each next to its field."""
        cleaned = super().clean()
        for problem in draft_problems(self.draft()):
            # A field Django already refused (no number, say) keeps that one message.
            if problem.field not in self.errors:
                show_change_error(self, problem)
        return cleaned

    def draft(self) -> StandardDraft:
        """The standard as written (after `is_valid()`; a field that failed reads as empty)."""
        data = self.cleaned_data
        return StandardDraft(
            name=str(data.get("name", "")),
            kind=cast(Kind, data.get("kind", "include")),
            phrases=tuple(str(data.get("phrases", "")).splitlines()),
            weight=float(data.get("weight", 0.0)),
            quality=str(data.get("quality", Quality.COMMITTED.value)),
            scope=cast(Scope, data.get("scope", "any")),
            note=str(data.get("note", "")),
        )


class WeightsForm(forms.Form):
    """One number per behaviour of the rubric: its weight, or the points a breaker costs."""

    based_on = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, rubric: Rubric, *args: object, **kwargs: object) -> None:
        # The standards page shows this form beside a `StandardForm`, which has a
        # `based_on` field too: ids of their own keep every id on the page unique.
        kwargs.setdefault("auto_id", "weights_%s")
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.rubric = rubric
        for rule in rubric.rules:
            bounds = POINTS if rule.breaker else WEIGHT
            self.fields[rule.behaviour] = forms.FloatField(
                initial=weight_of(rule),
                label=rule.behaviour,
                widget=forms.NumberInput(
                    attrs={"step": "any", "min": bounds.low, "max": bounds.high}
                ),
            )

    def clean(self) -> dict[str, object] | None:
        """Show every weight out of range at once, each next to its field, beside any that
        did not read as a number."""
        cleaned = super().clean()
        for problem in weight_problems(self.rubric, self.weights()):
            show_change_error(self, problem)
        return cleaned

    def weights(self) -> dict[str, float]:
        """Weight by behaviour id of each that read as a number (after `is_valid()`)."""
        return {
            name: float(value)
            for name, value in self.cleaned_data.items()
            if name != "based_on" and value is not None
        }


#: The units a reply-time target is written in, with their seconds.
TARGET_UNITS: dict[str, int] = {"minutes": 60, "hours": 3600}


class TargetsForm(forms.Form):
    """Per reply-time target of the rubric (each channel, and a chat held as messaging), a
    number and its unit, minutes or hours; `seconds()` gives what `rubric_editing` takes."""

    based_on = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, rubric: Rubric, *args: object, **kwargs: object) -> None:
        # Ids of their own, as for `WeightsForm`: the page shows three forms.
        kwargs.setdefault("auto_id", "targets_%s")
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for key, target in rubric.response_targets:
            label = TARGET_LABELS.get(key, key)
            seconds = target.total_seconds()
            unit = "hours" if reads_in_hours(seconds) else "minutes"
            self.fields[key] = forms.FloatField(
                initial=f"{seconds / TARGET_UNITS[unit]:g}",
                label=label,
                # Django's own messages do not say which of six numbers is wrong.
                error_messages={
                    "required": f"{label}: give a reply-time target.",
                    "invalid": f"{label}: write the target as a number, like 30 or 1.5.",
                },
                widget=forms.NumberInput(attrs={"step": "any", "min": 0}),
            )
            self.fields[f"{key}_unit"] = forms.ChoiceField(
                choices=[(u, u) for u in TARGET_UNITS], initial=unit, label=f"{label} unit"
            )

    def keys(self) -> list[str]:
        """The targets' keys, in the rubric's order."""
        return [name for name in self.fields if name in TARGET_LABELS]

    def clean(self) -> dict[str, object] | None:
        """Show every target out of range at once, each next to its field."""
        cleaned = super().clean()
        for key, seconds in self.seconds().items():
            problem = target_problem(key, seconds)
            if problem is not None:
                show_change_error(self, problem)
        return cleaned

    def seconds(self) -> dict[str, float]:
        """Each target that read as a number, in seconds, by key (after `is_valid()`)."""
        data = self.cleaned_data
        return {
            key: float(data[key]) * TARGET_UNITS[str(data.get(f"{key}_unit", "minutes"))]
            for key in self.keys()
            if data.get(key) is not None
        }


#: What the page says of the targets' range.
TARGET_RANGE = f"above 0 and up to {LONGEST_TARGET.days} days ({LONGEST_TARGET.days * 24} hours)"


def show_change_error(form: forms.Form, error: RubricChangeError) -> None:
    """Put `error` next to the field it names, or above the form when it names none."""
    form.add_error(error.field if error.field in form.fields else None, str(error))
