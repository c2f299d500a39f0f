"""Using the customer's name applies only where the conversation gives a name an agent
could say: a tweet's anonymised numeric author, a handle or an e-mail address is not one,
so the behaviour is not applicable there rather than missing."""

from __future__ import annotations

import pytest

from legendary.care.model import Conversation, Customer, Role, Speaker, Turn
from legendary.care.scorecard import Outcome
from legendary.care.scoring import customer_name_of, score

REPLY = "I'm sorry your parcel is late. I'll chase the courier and message you by 5pm today."


def _conversation(source_name: str, turn_name: str) -> Conversation:
    return Conversation(
        id="named",
        turns=(
            Turn(
                Speaker(Role.CUSTOMER, turn_name), "My parcel still hasn't arrived, day five now."
            ),
            Turn(Speaker(Role.AGENT, "Lena"), REPLY),
        ),
        customer=Customer(name=source_name),
    )


def _uses_name(conversation: Conversation) -> Outcome | None:
    return score(conversation).outcome("uses_customer_name")


@pytest.mark.parametrize(
    ("source_name", "turn_name"),
    [
        ("", "115712"),  # twcs: the author column is a number
        ("@sam_k", ""),  # a handle in place of a name
        ("", "sam.k@example.com"),  # a helpdesk requester known by address only
        ("07700 900123", ""),  # a WhatsApp contact known by number only
    ],
)
def test_an_id_handle_or_address_is_no_name_to_use(source_name: str, turn_name: str) -> None:
    conversation = _conversation(source_name, turn_name)
    assert customer_name_of(conversation) == ""
    assert _uses_name(conversation) is Outcome.NOT_APPLICABLE


def test_a_real_name_on_a_later_turn_is_found_after_an_id_on_the_source() -> None:
    conversation = _conversation("115712", "Priya Shah")
    assert customer_name_of(conversation) == "Priya Shah"
    assert _uses_name(conversation) is Outcome.ABSENT


def test_a_known_name_left_unused_is_missing() -> None:
    assert _uses_name(_conversation("Priya Shah", "")) is Outcome.ABSENT
