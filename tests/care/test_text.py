"""Shared text analysis: sentences, tokens with offsets, lemmas, content words."""

from legendary.care import text


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
