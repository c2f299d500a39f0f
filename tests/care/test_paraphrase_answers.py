"""`paraphrases` and answers: a yes or no to the customer's question, with the fact that
makes it so, repeats their words to answer them, not to show they were heard, even when
the customer said more after the question ("Is the pool open? We're here till Sunday.").
Saying their story back after the same turn still counts."""

from __future__ import annotations

import pytest

from legendary.care.detect import detect


def paraphrased(text: str, context: str) -> bool:
    return bool(detect(text, context, behaviours=["paraphrases"]))


ANSWERS = {
    "yes with the cause": (
        "Is there a power cut in Leith? Everything went off ten minutes ago.",
        "Hi Sam, yes, a cable fault in Leith. Engineers are on site now.",
    ),
    "no with the opening hours": (
        "Is the rooftop pool open this week? We're staying until Sunday.",
        "No, the rooftop pool is closed for repairs until Monday, sorry.",
    ),
    "yes after a greeting": (
        "Can I still change the delivery slot? I'm out all Friday.",
        "Morning! Yes, the delivery slot can move up to the night before.",
    ),
}

REFLECTIONS = {
    "their story summed up": (
        "Is there a power cut in Leith? Everything went off ten minutes ago.",
        "So the power went off in Leith ten minutes ago.",
    ),
    "their worry framed": (
        "Is the rooftop pool open this week? We're staying until Sunday.",
        "It sounds like the pool matters a lot for your stay.",
    ),
}


@pytest.mark.parametrize("case", list(ANSWERS), ids=list(ANSWERS))
def test_an_answer_to_their_question_is_not_a_paraphrase(case: str) -> None:
    context, text = ANSWERS[case]
    assert not paraphrased(text, context)


@pytest.mark.parametrize("case", list(REFLECTIONS), ids=list(REFLECTIONS))
def test_saying_their_words_back_still_counts(case: str) -> None:
    context, text = REFLECTIONS[case]
    assert paraphrased(text, context)
