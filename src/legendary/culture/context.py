"""Template context for every page: the organisation's current service vision.

`service_vision` renders as its statement (`{{ service_vision }}`) and also carries
`.values` and `.version`; `personal_vision` is the signed-in person's own, if they have one.
"""

from __future__ import annotations

from django.http import HttpRequest

from legendary.people.permissions import person_for


def service_vision(request: HttpRequest) -> dict[str, object]:
    """The current ServiceVision of the user's organisation and their personal vision."""
    from legendary.culture.models import PersonalVision, ServiceVision

    person = person_for(getattr(request, "user", None))
    if person is None:
        return {}
    vision = ServiceVision.objects.filter(organisation_id=person.organisation_id).first()
    mine = PersonalVision.objects.filter(person=person).exclude(statement="").first()
    return {"service_vision": vision, "personal_vision": mine}
