"""Shared text analysis: sentences, tokens with offsets, lemmas, content words."""

import pytest

from legendary.care import text
from legendary.care.detect import detect


def test_sentences_keep_their_closing_punctuation_and_offsets() -> None:
    turn = "I was charged twice!! Can you refund it?\nThanks."
    spans = text.sentences(turn)
    assert [s.text for s in spans] == ["I was charged twice!!", "Can you refund it?", "Thanks."]
    assert all(turn[s.start : s.end] == s.text for s in spans)


def test_tokens_keep_apostrophes_and_point_into_the_original() -> None:
    turn = "I don’t see the customer's refund"
    toks = text.tokens(turn)
    assert [t.lower for t in toks] == ["i", "don't", "see", "the", "customer's", "refund"]
    assert all(turn[t.start : t.end] == t.text for t in toks)


def test_lemma_lets_inflections_meet() -> None:
    assert text.lemma("charged") == text.lemma("charge") == text.lemma("charging")
    assert text.lemma("refunds") == "refund"
    assert text.lemma("deliveries") == "delivery"
    assert text.lemma("customer's") == "customer"
    # The plural of an "-ing" noun meets its singular ("in the evenings" / "an evening").
    assert text.lemma("evenings") == text.lemma("evening")
    assert text.lemma("bookings") == text.lemma("booking") == text.lemma("booked")
    assert text.lemma("things") == text.lemma("thing") == "thing"  # too short to cut


def test_content_lemmas_drop_function_words_and_fillers() -> None:
    assert text.content_lemmas("Uh, I was, you know, charged for the order") == {
        text.lemma("charged"),
        "order",
    }


def test_phrase_pattern_matches_whole_words_longest_first() -> None:
    pattern = text.phrase_pattern(["thank you", "thank you so much", "sorry"])
    found = text.find_all(pattern, "Thank you so much, no sorrys here")
    assert [s.text for s in found] == ["Thank you so much"]


def test_overlap_is_relative_to_the_smaller_bag() -> None:
    assert text.overlap(frozenset({"refund", "order"}), frozenset({"refund", "order", "late"})) == 1
    assert text.overlap(frozenset(), frozenset({"refund"})) == 0


@pytest.mark.parametrize(
    ("spoken", "read"),
    [
        ("I-I'd like to suggest something", "I I'd like to suggest something"),
        ("the-the form, it's-it's broken", "the the form, it's it's broken"),
        ("We-we-we could try", "We we we could try"),
    ],
)
def test_a_stuttered_function_word_is_read_as_two_words(spoken: str, read: str) -> None:
    assert text.normalise(spoken) == read
    assert text.words(spoken)[:2] == [w.lower() for w in read.split()[:2]]


@pytest.mark.parametrize(
    "doubled",
    ["A so-so stay.", "Uh-uh, not that one.", "Bye-bye!", "Mm-hmm.", "the-theory", "e-mail"],
)
def test_words_doubled_on_purpose_keep_their_hyphen(doubled: str) -> None:
    assert text.normalise(doubled) == doubled


def test_a_stutter_no_longer_hides_the_phrase_it_starts() -> None:
    # "I understand" opens an acknowledgement of the need; said with a stutter it was
    # one word, "i-i", and no phrase started there.
    found = detect("I-I understand that getting home was your goal.")
    assert "acknowledges_need" in {e.behaviour for e in found}
