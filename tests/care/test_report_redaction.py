"""The HTML report of `legendary score` shows transcripts redacted, as the platform stores them.

`legendary score` reads a raw helpdesk export, and the report's twenty lowest
conversations printed the customer's card number, e-mail address and phone number in
clear text, in a file made to be passed to team leads.
"""

from __future__ import annotations

from care.test_report import scored
from legendary.care.formats.report import Mark, ReportBuilder, highlight
from legendary.care.model import Conversation, Role, Speaker, Turn

CARD = "4929 1234 5678 9007"  # passes the Luhn check, as a real card number does


def test_the_lowest_conversations_are_shown_without_card_address_or_phone() -> None:
    conversation = Conversation(
        id="chat-88",
        turns=(
            Turn(
                Speaker(Role.CUSTOMER, "+44 7700 900321"),
                f"You charged my card {CARD} twice. Write to nell.hay@example.org "
                "or ring 07700 900321.",
            ),
            Turn(Speaker(Role.AGENT, "Kai"), "I'm sorry, that's not my department."),
        ),
    )
    builder = ReportBuilder()
    builder.add(scored(conversation, 12.0), conversation)
    page = builder.render(source="chats.jsonl")

    for leaked in (CARD, "nell.hay@example.org", "900321"):
        assert leaked not in page
    assert "You charged my card [CARD] twice. Write to [EMAIL] or ring [PHONE]." in page
    assert '<div class="who">Customer</div>' in page  # named by their number: role only
    # The agent's evidence is still marked.
    assert '<mark class="breaker" title="deflects">' in page


def test_a_number_across_the_edge_of_a_mark_is_redacted_whole() -> None:
    text = "Call me back on 07700 900321 please."
    # Evidence that ends in the middle of the number.
    marked = highlight(text, [Mark(0, 0, 21, "makes_commitment", breaker=False)])

    assert "900321" not in marked
    assert "07700" not in marked
    assert marked == "Call me back on [PHONE] please."


def test_a_mark_beside_a_number_keeps_its_highlight() -> None:
    text = "Leave it with me. My direct line is 020 7946 0321."
    marked = highlight(text, [Mark(0, 0, 16, "takes_ownership", breaker=False)])

    assert marked == (
        '<mark class="shown" title="takes ownership">Leave it with me</mark>'
        ". My direct line is [PHONE]."
    )
