"""The learned layer of customer sentiment: its weights, its corpus and what it decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from legendary.care import train_sentiment
from legendary.care.sentiment import LABELS, classify, features, reasons


def test_shipped_weights_are_exactly_what_the_training_script_fits() -> None:
    # Nothing but the shipped corpus went into the model: a fresh fit gives the same file.
    corpus = train_sentiment.read_corpus(train_sentiment.corpus_path())
    fitted = train_sentiment.render(train_sentiment.fit(corpus))
    assert fitted == train_sentiment.model_path().read_text(encoding="utf-8")


def test_the_corpus_covers_every_class_and_channel() -> None:
    corpus = train_sentiment.read_corpus(train_sentiment.corpus_path())
    assert {turn.label for turn in corpus} == set(LABELS)
    assert {turn.channel for turn in corpus} == {
        "tweet",
        "chat",
        "email",
        "review",
        "forum",
        "support_chat",
        "sms",
    }
    for label in LABELS:
        assert sum(turn.label == label for turn in corpus) >= 200
    texts = [turn.text for turn in corpus]
    assert len(texts) == len(set(texts)), "a turn is listed twice"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"label": "angry", "text": "Where is my parcel?"}', "field 'label'"),
        ('{"label": "negative", "text": ""}', "field 'text'"),
        ('{"label": "negative", "text": "no closing brace"', "not JSON"),
    ],
)
def test_a_bad_corpus_line_is_named(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "corpus.jsonl"
    good = json.dumps({"label": "neutral", "channel": "chat", "text": "Order 4471."})
    path.write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"corpus.jsonl:2: .*{message}"):
        train_sentiment.read_corpus(path)


@pytest.mark.parametrize(
    "text",
    [
        "Where is my bag? Day 4 and still nothing.",
        "Great, just great. The train is cancelled and there's no replacement bus.",
        # A polite complaint is still a complaint.
        "I appreciate your help, but the heating still isn't fixed after three visits.",
        "With respect, this is the fourth time I've had to explain my situation.",
        "Why has my bill gone up again without any warning?",
        # Statements around a question say how the customer feels.
        "My flight was cancelled and I sat on hold for two hours. Can you rebook me?",
        # Praise for what did not happen.
        "It would have been nice to be told the flight was cancelled.",
        "I've been charged for a delivery that never came.",
        "@CityRail stuck outside the station for 40 minutes #epicfail",
    ],
)
def test_complaints_are_negative(text: str) -> None:
    assert classify(text) == "negative"


@pytest.mark.parametrize(
    "text",
    [
        "Is the 6pm train to Leeds running on time?",
        "Can I bring my dog on the ferry?",
        "Could you tell me how to update my billing address?",
        "My order number is 55821, it was placed on Monday.",
        "I'd like to move my appointment to Thursday morning please.",
        # A problem in a question about what may happen is not a complaint.
        "What happens if my flight is delayed and I miss the connection?",
        "Please send the invoice to accounts@example.com, thanks.",
        "OK, I'll try restarting it and let you know.",
        # A wish is a request, not praise.
        "Would be great if someone could confirm the new delivery date.",
    ],
)
def test_questions_requests_and_facts_are_neutral(text: str) -> None:
    assert classify(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much, that's fixed it!",
        "The engineer was brilliant, quick and very polite.",
        "Really impressed with how fast you sorted my refund.",
        "You've been incredibly helpful today, thanks.",
        "My parcel arrived a day early, great service.",
        # A problem put right, and thanked for: not sarcasm.
        "The flight was delayed but your crew were wonderful about it.",
        "Thanks for catching that fraudulent payment so quickly.",
    ],
)
def test_praise_is_positive(text: str) -> None:
    assert classify(text) == "positive"


def test_reasons_name_the_features_that_decided() -> None:
    why = dict(reasons("Can I bring my dog on the ferry?"))
    assert "asks" in why
    assert all(push > 0 for push in why.values())
    assert "blame" in dict(reasons("Still no refund after six weeks, this is ridiculous."))


def test_a_negated_word_is_its_own_feature() -> None:
    found = features("The agent was not helpful at all")
    assert "w:not_helpful" in found
    assert "w:helpful" not in found


def test_a_compound_hashtag_counts_by_its_words() -> None:
    assert "w:fail" in features("Missed my connection #epicfail")


@pytest.mark.parametrize(
    "text",
    [
        # A friendly word in a request or a plain reply is not praise on its own.
        "Booking reference is QX41TT, thanks for the reply.",
        "We'd love a window seat if there is one going, please.",
        "My meter reading is 04512, thanks.",
    ],
)
def test_praise_needs_a_clear_margin_in_a_short_turn(text: str) -> None:
    assert classify(text) == "neutral"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you, the engineer was brilliant!",
        "Lovely, that worked.",
        "Great, thanks so much for sorting it.",
    ],
)
def test_clear_praise_in_a_short_turn_is_positive(text: str) -> None:
    assert classify(text) == "positive"


def test_a_shared_link_is_a_feature_and_a_photo_of_damage_still_a_complaint() -> None:
    news = "@CityRail new timetable for the coast line from May https://example.com/timetable"
    assert features(news)["links"] == 1.0
    assert "links" not in features("Where is my parcel?")
    assert classify(news) == "neutral"
    damage = "@QuickCart this is how the box arrived, crushed flat https://pic.example.com/box"
    assert classify(damage) == "negative"
