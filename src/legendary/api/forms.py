"""The form that creates a personal API token."""

from __future__ import annotations

from django import forms

from legendary.api.tokens import DEFAULT_DAYS, lifetime_choices


class NewTokenForm(forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=100,
        help_text="What it is for, so you recognise it later: “Power BI nightly refresh”.",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    days = forms.TypedChoiceField(
        label="Expires after",
        coerce=int,
        help_text="When it expires, create a new one and replace it where it is used.",
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        choices = lifetime_choices()
        days = self.fields["days"]
        assert isinstance(days, forms.TypedChoiceField)
        days.choices = choices
        offered = [d for d, _label in choices]
        days.initial = DEFAULT_DAYS if DEFAULT_DAYS in offered else offered[-1]

    def clean_name(self) -> str:
        name: str = self.cleaned_data["name"].strip()
        if not name:
            raise forms.ValidationError("Give the token a name.")
        return name
