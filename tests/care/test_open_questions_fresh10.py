"""A tenth fresh check for `asks_open_question`: agent turns in service chat, e-mail and
social-media replies (written after the ninth check's misses were mended, eleventh
round, 24 November 2026): invitations to describe a fault, wh-questions about what
happened, and the closed questions a service desk asks most (identifiers, a which-
question naming one of a known set, a guess or a choice after a wh-question, yes/no
checks, offers and requests). Every row was written and labelled before the detector
read it. Not taken from any labelled corpus.

Labels follow `test_open_questions_fresh9.py`.

First read (F1) and the read of the session's starting rules (commit 04bf8b4) of the
same block:

- block 1 (60 rows): 0.984 (P 0.97, R 1.00; starting rules 0.909, which also read as
  open the five closed kinds the ninth check mended, in service words: "What's the email
  address on the account, just so I can find you?", "Which bank do you pay the direct
  debit from?", "Which network are you with at the moment?", "Which store did you buy it
  from?", "…, after 6?"). Every open row was read right. The one miss: "What size did you
  order, the medium?", an item of the kind asked for guessed with its article, where
  the ninth check's mend knew only "the one…" after "which". Mended by kind: after
  "which…" or "what" with its own noun ("what size did you…"), a short tail naming one
  item with no verb of its own ("the medium", "the navy", "the one by the lift") is a
  guess; then 1.000. Left: a guess after a "what" with no noun of its own ("What did
  you order, the medium?") stays open. Dev 0.9462 -> 0.9464 (a Switchboard "which ones
  are you watching, the new ones?" now closed, as labelled); judge set unchanged.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import asks_openly, block_questions, open_question_scores

# Each row: (block, where it was said, the words, open question?).
ROWS: list[tuple[int, str, str, bool]] = [
    # block 1: open
    (1, "chat", "Thanks for waiting, Priya. What happened when you tried to pay?", True),
    (1, "chat", "what seems to be the problem with the order", True),
    (1, "chat", "How can I help you today?", True),
    (
        1,
        "email",
        "Sorry to hear the engineer didn't turn up. What did they say when you rang the depot?",
        True,
    ),
    (1, "chat", "Could you tell me a bit more about the noise the washer makes?", True),
    (1, "chat", "Talk me through what you see on the screen after you tap Pay.", True),
    (1, "email", "What would you like us to do to put this right?", True),
    (1, "chat", "How has the new router been since Tuesday?", True),
    (
        1,
        "chat",
        "Oh no, that's not what we want. What went wrong with the fitting?",
        True,
    ),
    (
        1,
        "email",
        "I'm sorry the refund hasn't shown up yet. When did you send the item back?",
        True,
    ),
    (1, "social", "hi there! how did you get on with the reset?", True),
    (1, "chat", "What else is the app doing that it shouldn't?", True),
    (1, "chat", "Why do you think the payment was declined?", True),
    (1, "chat", "What made you decide to cancel, if you don't mind me asking?", True),
    (1, "social", "How come the courier couldn't find the address?", True),
    (
        1,
        "chat",
        "Where did you buy the charger from, and what happened when you plugged it in?",
        True,
    ),
    (1, "email", "I'd love to hear what you thought of the new menu.", True),
    (1, "chat", "Could you describe the damage to the box?", True),
    (1, "chat", "What are you hoping to use the laptop for?", True),
    (1, "chat", "How did the problem start?", True),
    (1, "chat", "So the screen goes black. What happens right before that?", True),
    (1, "email", "What were you expecting the bill to be?", True),
    (1, "chat", "Who did you speak to on the phone, and what did they promise?", True),
    (1, "chat", "What's been the most frustrating part of all this for you?", True),
    (1, "chat", "Happy to look into it. What exactly is the error message saying?", True),
    (1, "social", "How are you getting on with the replacement?", True),
    (1, "chat", "Which part of the set-up did you get stuck on?", True),
    (1, "email", "What would make this easier for you next time?", True),
    (1, "chat", "In your own words, what happened at the till?", True),
    (1, "chat", "Tell me about the last time it worked properly.", True),
    # block 1: closed
    (1, "chat", "Can I take your order number please?", False),
    (1, "chat", "What's the email address on the account, just so I can find you?", False),
    (1, "chat", "Which bank do you pay the direct debit from?", False),
    (1, "chat", "Which network are you with at the moment?", False),
    (1, "chat", "Is the router showing a green light?", False),
    (1, "email", "Did you get the confirmation email?", False),
    (1, "chat", "Would you prefer a refund or a replacement?", False),
    (1, "chat", "How many items were missing, two?", False),
    (1, "chat", "What time did the driver come, after 6?", False),
    (1, "chat", "What size did you order, the medium?", False),
    (1, "chat", "Have you tried turning it off and on again?", False),
    (1, "chat", "Can you confirm the postcode for the delivery?", False),
    (1, "social", "Are you still having trouble logging in?", False),
    (1, "chat", "Shall I send you a new code?", False),
    (1, "email", "Would it help if I booked an engineer for Friday?", False),
    (1, "chat", "So the parcel never arrived?", False),
    (1, "chat", "You've already tried clearing the cache, right?", False),
    (1, "chat", "What's your date of birth?", False),
    (1, "chat", "Which store did you buy it from?", False),
    (1, "chat", "Which card is the subscription on, the Visa?", False),
    (1, "chat", "How many nights was the booking for, three or four?", False),
    (1, "chat", "Is it okay if I put you on hold for a minute?", False),
    (1, "chat", "Do you have the receipt to hand?", False),
    (1, "email", "Could you send a photo of the label?", False),
    (1, "chat", "Sorry, what was the name on the booking again?", False),
    (1, "chat", "When did you place the order, last Tuesday?", False),
    (
        1,
        "email",
        "Thanks for your patience, I've just refunded the delivery charge.",
        False,
    ),
    (1, "social", "What a week you've had with this!", False),
    (1, "chat", "Which email address did you sign up with?", False),
    (1, "chat", "Any chance you could try a different browser?", False),
]


# F1 a little under what the rules now read.
FLOOR = 0.97


def test_the_block_is_balanced_unique_and_holds_its_floor() -> None:
    block = block_questions(ROWS, 1)
    opened = sum(expected for *_, expected in block)
    assert len(block) == 60
    assert opened == 30
    assert len({text for _, text, _ in block}) == len(block)
    scores = open_question_scores(block)
    assert scores.f1 >= FLOOR, scores.summary()


#: The kind block 1 mended, in new sentences: (the words, open?).
KINDS: dict[str, tuple[str, bool]] = {
    "an item of the kind asked for, guessed": ("What colour was it, the navy?", False),
    "a model guessed": ("What model is the boiler, the Combi 30?", False),
    "a place picked with 'the one'": ("Which room were you in, the one by the lift?", False),
    "a time that narrows, not a guess": ("What happened next, the same night?", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, expected = KINDS[kind]
    assert asks_openly(text) is expected
