"""`uses_customer_name` and customers known only by an id, a handle or an address.

Twitter exports (twcs) give an anonymised numeric author id where a name would be,
messaging helpdesks name a contact by their phone number, and a Twitter reply opens
with the customer's @handle whatever the agent writes. None of these is the agent using
the customer's name.
"""

from __future__ import annotations

import pytest

from legendary.care.behaviours.attentive import addressable_name
from legendary.care.detect import detect


def used(text: str, name: str) -> bool:
    return bool(detect(text, customer_name=name, behaviours=["uses_customer_name"]))


NOT_A_NAME = {
    "numeric tweet author": ("115712", "Hi 115712, sorry for the wait."),
    "handle said with its at sign": ("JoRivers", "@JoRivers we've sent you a DM."),
    "handle with an underscore": ("jo_rivers", "Hi Jo_rivers, the outage is fixed."),
    "handle given with its at sign": ("@JoRivers", "@JoRivers thanks for flagging it!"),
    "phone number as contact name": ("+44 7700 900456", "Thanks, 7700 is the one we have."),
    "address as contact name": ("jo@example.org", "Hi Jo, thanks for writing in."),
}

A_NAME = {
    "first name": ("Jo Rivers", "Thanks Jo, that's all sorted."),
    "name with an apostrophe": ("Aoife O'Neill", "Morning Aoife, the engineer is booked."),
    "handle and then the name": ("Jo", "@JoRivers Thanks Jo, we've sent a DM."),
}


@pytest.mark.parametrize("case", list(NOT_A_NAME), ids=list(NOT_A_NAME))
def test_an_id_handle_or_address_is_not_a_name_used(case: str) -> None:
    name, text = NOT_A_NAME[case]
    assert not used(text, name)


@pytest.mark.parametrize("case", list(A_NAME), ids=list(A_NAME))
def test_a_real_name_is_still_found(case: str) -> None:
    name, text = A_NAME[case]
    assert used(text, name)


def test_which_names_an_agent_could_use() -> None:
    assert addressable_name("Priya Shah")
    assert addressable_name("Mr O'Neill")
    for not_a_name in ("115712", "@sam_k", "sam_k", "sam82", "sam@example.com", "+44 7700 900456"):
        assert not addressable_name(not_a_name), not_a_name
