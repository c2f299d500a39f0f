"""A how-to question answered in full, and the customer leaves without a word.

Most customers who get the steps they asked for simply go and use them: waiting for a
"thanks, that worked" would mark most good answers as not resolved. A QA lead reads such
a conversation as settled in place, though less surely than one the customer confirms:
`resolves_without_handoff` is present with a low confidence and says it is unconfirmed.
It is not when the answer is only a status ("it's at the depot"), when a question is
still open, when the customer came back after the answer, or after a hand-off.
"""

from __future__ import annotations

from legendary.care.behaviours.empowered import resolves_without_handoff
from legendary.care.model import Conversation, make_conversation

HOW_TO = "How do I add a second driver to my car insurance policy?"
STEPS = (
    "Log in to your account, open the policy and choose 'Add a driver'. "
    "Enter their licence details and the change starts straight away."
)


def chat(*texts: str) -> Conversation:
    roles = ("customer", "agent")
    return make_conversation("how-to", [(roles[i % 2], t) for i, t in enumerate(texts)])


def test_steps_given_and_the_customer_gone_quiet_is_an_unconfirmed_resolution() -> None:
    (evidence,) = resolves_without_handoff(chat(HOW_TO, STEPS))
    assert evidence.turn == 1
    assert evidence.confidence < 0.6
    assert dict(evidence.detail).get("unconfirmed") == "yes"


def test_a_recipe_of_steps_for_a_router_counts_the_same() -> None:
    conversation = chat(
        "Hi, how can I change my wifi password?",
        "Thanks for asking! Go to 192.168.1.1 in your browser, sign in with the code on "
        "the back of the router, then pick Wireless and type the new password.",
    )
    (evidence,) = resolves_without_handoff(conversation)
    assert dict(evidence.detail).get("unconfirmed") == "yes"


def test_a_status_alone_is_not_a_resolution() -> None:
    conversation = chat("Where is my parcel?", "It's at the local depot at the moment.")
    assert resolves_without_handoff(conversation) == []


def test_a_customer_who_comes_back_unhappy_is_not_resolved() -> None:
    conversation = chat(HOW_TO, STEPS, "There's no 'Add a driver' button on my policy page.")
    assert resolves_without_handoff(conversation) == []


def test_a_handoff_is_still_not_a_resolution() -> None:
    conversation = chat(HOW_TO, STEPS + " If that fails I'll transfer you to our policy team.")
    assert resolves_without_handoff(conversation) == []


def test_a_confirmed_resolution_keeps_its_confidence() -> None:
    conversation = chat(HOW_TO, STEPS, "Done, thank you so much!")
    (evidence,) = resolves_without_handoff(conversation)
    assert (evidence.turn, evidence.confidence) == (2, 0.6)
    assert "unconfirmed" not in dict(evidence.detail)
