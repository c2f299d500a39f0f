"""Responsive detectors on named service sentences, positive and negative."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from legendary.care.behaviours.base import Utterance
from legendary.care.behaviours.phrases import phrase_first_words
from legendary.care.behaviours.responsive import (
    acknowledges_feelings,
    promptness_applies,
    responds_promptly,
)
from legendary.care.detect import detect
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Channel, Conversation, Role, Speaker, Turn, make_conversation
from legendary.care.patterns import AnchoredPattern
from legendary.care.regex_shape import regex_first_words


def found(behaviour: str, text: str, context: str = "") -> bool:
    return bool(detect(text, context, behaviours=[behaviour]))


@pytest.mark.parametrize(
    ("behaviour", "text"),
    [
        ("apologises", "I'm so sorry for the delay with your order."),
        ("apologises", "My apologies, that was our mistake."),
        ("apologises", "That's on us, and I apologise."),
        ("expresses_appreciation", "Thank you for your patience while I checked."),
        ("expresses_appreciation", "I really appreciate you sending the photos."),
        ("acknowledges_feelings", "That must be so frustrating after three calls."),
        ("acknowledges_feelings", "I'm so sorry to hear the boiler failed with a baby at home."),
        ("acknowledges_feelings", "I can see why you're upset about this."),
        ("acknowledges_feelings", "Honestly, I'd be annoyed too."),
        ("offers_solution", "What I can do is refund the delivery fee today."),
        ("offers_solution", "You could reset it from the app under Settings."),
        ("offers_solution", "I'd suggest switching to the monthly plan."),
        ("offers_solution", "One option is to collect it from the depot."),
        ("offers_solution", "Would you like me to refund the difference to your card?"),
        ("offers_solution", "Would it help if I sent you a link to the web uploader for now?"),
        ("offers_solution", "I can't waive the fee, but I can split it over two months."),
        ("gains_agreement", "Does that work for you?"),
        ("gains_agreement", "Shall we go with the standard plan, then?"),
        ("gains_agreement", "Shall I go ahead and book the engineer for Tuesday?"),
        ("gains_agreement", "Would you be happy with a replacement instead of a refund?"),
    ],
)
def test_behaviour_is_found(behaviour: str, text: str) -> None:
    assert found(behaviour, text)


@pytest.mark.parametrize(
    ("behaviour", "text"),
    [
        ("apologises", "I'm sorry but that's policy."),
        ("apologises", "I'm sorry you feel that way."),
        ("apologises", "Sorry, but we can't refund opened items."),
        ("apologises", "Sorry? Could you repeat the order number?"),
        ("apologises", "I'm sorry to hear about your loss."),
        ("expresses_appreciation", "Thanks but no thanks."),
        ("expresses_appreciation", "Thanks for nothing."),
        ("expresses_appreciation", "Thanks to the storm, all flights are delayed."),
        ("expresses_appreciation", "I don't appreciate being spoken to like that."),
        ("expresses_appreciation", "Thank God it arrived."),
        ("acknowledges_feelings", "Your order has been dispatched."),
        ("acknowledges_feelings", "I hope this helps."),
        ("acknowledges_feelings", "Sorry for the delay."),
        ("acknowledges_feelings", "Sorry to keep you."),
        ("acknowledges_feelings", "Sorry, what was your postcode again?"),
        ("acknowledges_feelings", "Sorry if you're upset."),
        ("acknowledges_feelings", "Ask for me by name, I'm here Monday to Friday."),
        ("apologises", "We don't do swatches, sorry, that's the policy."),
        ("offers_solution", "There's no need to get so worked up."),
        ("offers_solution", "Could you tell me what happened?"),
        ("offers_solution", "There's nothing we can do about that."),
        ("offers_solution", "It should get sorted at some point."),
        ("offers_solution", "I know the wait is annoying, but I can see why the bank flagged it."),
        ("offers_solution", "I can't change the rules, but I can only apologise again."),
        ("gains_agreement", "Your engineer is booked for Tuesday."),
        ("gains_agreement", "Is your account under this email?"),
    ],
)
def test_look_alikes_are_not_found(behaviour: str, text: str) -> None:
    assert not found(behaviour, text)


def test_evidence_quotes_the_sentence() -> None:
    text = "Let me check. I'm really sorry we sent the wrong size."
    (evidence,) = detect(text, behaviours=["apologises"])
    assert evidence.quote == "I'm really sorry we sent the wrong size."
    assert text[evidence.start : evidence.end] == evidence.quote


def _timed(waits: list[int], channel: Channel = Channel.CHAT) -> Conversation:
    clock = datetime(2026, 1, 5, 9, 0)
    turns = []
    for wait in waits:
        turns.append(Turn(Speaker(Role.CUSTOMER), "Any news on my refund?", clock))
        clock += timedelta(seconds=wait)
        turns.append(Turn(Speaker(Role.AGENT), "Yes, it went out this morning.", clock))
        clock += timedelta(seconds=30)
    return Conversation("t", tuple(turns), channel=channel)


def test_prompt_replies_within_the_chat_target() -> None:
    evidence = responds_promptly(_timed([20, 45]))
    assert [e.turn for e in evidence] == [1, 3]
    assert dict(evidence[0].detail)["wait_seconds"] == "20"


def test_one_late_reply_breaks_promptness() -> None:
    assert responds_promptly(_timed([20, 300])) == []
    assert promptness_applies(_timed([20, 300]))


def test_email_has_a_longer_target_and_targets_can_be_set() -> None:
    assert responds_promptly(_timed([3 * 3600], Channel.EMAIL))
    assert responds_promptly(_timed([90]), target=timedelta(minutes=2))


def test_without_timestamps_promptness_does_not_apply() -> None:
    conversation = make_conversation("n", [("customer", "Hi?"), ("agent", "Hello!")])
    assert responds_promptly(conversation) == []
    assert not promptness_applies(conversation)


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"(?:i|we)\s+(?:can|could)\s+offer", {"i", "we"}),
        (r"(?:you\s+)?(?:might|may)\s+want", {"you", "might", "may"}),
        (r"sounds?\s+good", {"sound", "sounds"}),
        (r"(?<!i\s)hope\s+you", {"hope"}),
        (r"[🙂😊]", None),
        (r"frustrat\w*", None),
        # Alternatives at the top level: each may start the match, not only the first.
        (r"my\s+bad|our\s+mistake", {"my", "our"}),
        (r"(?:so|very)\s+sorry|apologies", {"so", "very", "apologies"}),
        (r"my\s+bad|\w+\s+sorry", None),
        # The text reads "thank-you" as one word: tried at "thank", it would never fire.
        (r"thank-you\s+(?:so\s+)?much", {"thank-you"}),
        (r"follow\-up\s+call", {"follow-up"}),
        (r"(?:a|one)\s+heads-up", {"a", "one"}),
        (r"thank-?you", None),
        (r"well-\w+\s+done", None),
    ],
)
def test_regex_first_words_tell_where_a_pattern_can_start(
    pattern: str, first: set[str] | None
) -> None:
    assert regex_first_words(pattern) == (None if first is None else frozenset(first))


@pytest.mark.parametrize(
    ("lexicon", "behaviour"),
    [
        ("apologies", "apologises"),
        ("appreciation", "expresses_appreciation"),
        ("feelings", "acknowledges_feelings"),
    ],
)
def test_every_phrase_can_be_reached_by_the_scanner(lexicon: str, behaviour: str) -> None:
    """A phrase whose first words cannot be worked out only runs when a trigger mark
    is in the turn, so one written as "you(?:'ve|…)" would silently never fire."""
    section = load_lexicon(lexicon)[behaviour]
    marks = section.get("trigger_marks") or []
    unreachable = [
        phrase
        for phrase in section["include"]
        if phrase_first_words(phrase) is None and not any(mark in phrase for mark in marks)
    ]
    assert unreachable == []


def test_a_contraction_glued_on_by_the_next_group_is_a_first_word_too() -> None:
    # The text reads "that's" as one word: a pattern tried only at "that" would never
    # be tried there, and "That's really sad" would go unheard once its rule stands alone.
    found = regex_first_words(r"(?:that|this)(?:'s|\s+is)\s+(?:\w+\s+)?sad")
    assert found == frozenset({"that", "this", "that's", "this's"})
    assert regex_first_words(r"(?:do|does)(?:n't|\s+not)\s+worry") == frozenset(
        {"do", "does", "don't", "doesn't"}
    )
    assert regex_first_words(r"(?:that|this)\s+is") == frozenset({"that", "this"})


def test_a_pattern_that_starts_with_a_hyphenated_word_is_tried_at_that_word() -> None:
    # Anchored on "thank", the scanner never tried it: no text has "thank" as a word
    # where it says "thank-you card".
    source = r"thank-you\s+(?:card|note)"
    pattern = AnchoredPattern(source, regex_first_words(source) or ()).scan_eagerly()
    assert [m[0] for m in pattern.finditer("The thank-you card is in the post.")] == [
        "thank-you card"
    ]
    assert list(pattern.finditer("Thank you, the card is in the post.")) == []


def test_each_chunk_of_a_long_lexicon_section_finds_what_the_whole_section_finds() -> None:
    # acknowledges_feelings compiles in chunks (a sixth of the start-up of one pattern);
    # a phrase must still be heard when its chunk holds nothing else starting alike.
    assert acknowledges_feelings(Utterance("That's really sad to hear, I can't imagine."))


def test_look_alikes_cancel_an_include_match_through_the_anchored_scanner() -> None:
    # "sorry, could you…" softens a request: its look-alike is found at its first word
    # like the include phrases, and cancels the apology it overlaps.
    assert detect("Sorry, could you spell the postcode for me?", behaviours=["apologises"]) == []
    assert detect("I'm so sorry the parcel never came.", behaviours=["apologises"])
