"""Fairness of the twenty-third thanks check's mends (22a9841, c41dcb7), written in the
twenty-first session (25 November 2026) after a read-only review (reviewer A, 02:13)
proved, by running them, that the new phrases read plain complaints and sarcasm as
thanks and keyed on lists of later words. The review's 15 sentences and 24 kin in our own
words, each labelled before the engine read any of them (conventions of
`test_thanks_fresh10.py`: praise of the listener's deed counts, a report of it does
not).

First read (HEAD 16c73de's lexicon, 39 sentences, 12 of them thanks): 25 wrong, all 15
of the review's among them. Read as thanks: "you fixed / solved my X" with a complaint
after it ("…and it's leaking everywhere"), reported ("The engineer says you fixed…",
"According to your notes…", "I thought you fixed…") or in the sense of arranging ("You
sorted my order by price instead of by date"); "<your thing> made my day" going on
("…made my day a lot more complicated", "…made my whole week go sideways"); "so that
helps a lot" after a complaining state ("We're still without hot water, …", "I'm stuck
at the airport with two kids, …"). Missed: the deed praised with "and it rides like new
now" or "I never expected that" after it (the old guard listed "now", "never"…), and
applause with advice after a "but" ("…, but do take a break tonight").

Mended by kind (appreciation.json `praise_by_tone`, read by
`responsive._said_in_earnest`): praise with no word of thanks whose sincerity hangs on
its tone (the listener's deed, "so this helps a lot" after the speaker's state, "I
applaud you for <doing>") counts only when neither the turn nor any clause of its
sentence is a complaint to both layers of the sentiment reading (a clause telling the
speaker's inexperience, "I've never baked bread before", excepted: its "never" reads as
blame), no "but" after the praise goes on with a subject (a statement: "…, but now the
screen flickers"; a verb after it advises) and no report frame (says, according to,
thought, apparently…) stands in the sentence; "sorted my X by / into" arranges. The
lists of later words in the old guards are gone. "made my day / week" counts only when
the idiom ends its clause (punctuation, "and", thanks, "today"…). After: 39 of 39; the
kin probed after the mend (MORE_KIN, labelled before the read) 11 of 11. Left: "I
applaud you for owning up, but please fix it." (we would call it thanks) reads as none:
the sentiment rules take "please fix it" for a complaint.

Dev expresses_appreciation 0.935 -> 0.935 (P 0.9689, R 0.9033; tp 2465, fp 79 both).
"""

from __future__ import annotations

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads

#: (kind, sentence, whether it shows appreciation), labelled before any read. The first
#: lines of each kind are the review's; the lines marked "kin" are ours.
CASES: list[tuple[str, str, bool]] = [
    # "you fixed / sorted / solved my X": praise only when the turn is no complaint and the
    # deed is not reported.
    ("deed, then a complaint", "You fixed my boiler in June and it's leaking everywhere.", False),
    (
        "deed, then a complaint",
        "You fixed my broadband last week and the speed dropped to nothing.",
        False,
    ),
    (
        "deed, then a complaint",
        "You solved my problem by closing my account without asking.",
        False,
    ),
    ("deed reported", "I thought you fixed my heating last week.", False),
    ("deed reported", "The engineer says you fixed my meter last March.", False),
    ("deed reported", "According to your notes you fixed my boiler in June.", False),
    ("sorted, arranged badly", "You sorted my order by price instead of by date.", False),
    ("deed praised", "You fixed my bike in ten minutes and it rides like new now.", True),
    ("deed praised", "You sorted my refund in one call, I never expected that.", True),
    # kin
    (
        "deed, then a complaint (kin)",
        "You fixed my washing machine last month and it has flooded the kitchen twice since.",
        False,
    ),
    (
        "deed, then a complaint (kin)",
        "You sorted my files by date instead of by name, so now I can't find anything.",
        False,
    ),
    ("deed reported (kin)", "My neighbour reckons you sorted my drains out last spring.", False),
    (
        "deed reported (kin)",
        "Apparently you solved our billing issue, according to the letter.",
        False,
    ),
    (
        "deed reported (kin)",
        "I was told you fixed my router yesterday, yet it still drops out.",
        False,
    ),
    ("deed praised (kin)", "You sorted my passport renewal in a day, brilliant.", True),
    ("deed praised (kin)", "You lot fixed my car in an hour and it drives beautifully.", True),
    # "<your thing> made my day": only when the idiom ends its clause.
    ("made my day, going on", "Your email made my day a lot more complicated.", False),
    ("made my day, going on", "That reply made my day go from bad to worse.", False),
    ("made my day, going on (kin)", "Your message made my day so much more stressful.", False),
    ("made my day, going on (kin)", "Your update made my day drag on even longer.", False),
    ("made my day, going on (kin)", "That email made my whole week go sideways.", False),
    ("made my day, said (kin)", "Your reply made my day, honestly.", True),
    ("made my day, said (kin)", "This post made my week and I've shared it with everyone.", True),
    ("made my day, said (kin)", "Your card made my day!", True),
    # "so that helps a lot" after a complaining state is sarcasm.
    ("helps after a complaint", "We're still without hot water, so that helps a lot.", False),
    ("helps after a complaint", "Our flight is delayed again, so that helps a lot.", False),
    (
        "helps after a complaint",
        "We have no power and your engineer cancelled, so that helps a lot.",
        False,
    ),
    (
        "helps after a complaint (kin)",
        "We've been without heating since Monday, so that helps a lot.",
        False,
    ),
    (
        "helps after a complaint (kin)",
        "Our train has been cancelled again, so that helps a lot.",
        False,
    ),
    (
        "helps after a complaint (kin)",
        "I'm stuck at the airport with two kids, so that helps a lot.",
        False,
    ),
    (
        "helps after a complaint (kin)",
        "I'm still waiting on my refund, so that helps a lot.",
        False,
    ),
    (
        "helps after a complaint (kin)",
        "I've had no internet for three days and now the app is down, so this helps a lot.",
        False,
    ),
    ("helps after a plain state (kin)", "We're first-time buyers, so this helps a lot.", True),
    (
        "helps after a plain state (kin)",
        "My son starts school in September, so this helps a lot.",
        True,
    ),
    # "I applaud you for <doing>, but": advice after the "but" is no retraction.
    ("applause, but advice", "I applaud you for keeping going, but do take a break tonight.", True),
    (
        "applause, but advice (kin)",
        "I applaud you for sticking with it, but please don't overdo it.",
        True,
    ),
    (
        "applause, but advice (kin)",
        "We applaud you for finishing the marathon, but rest that ankle now.",
        True,
    ),
    (
        "applause, but a complaint (kin)",
        "I applaud you for replying, but the answer makes no sense.",
        False,
    ),
    (
        "applause, but a complaint (kin)",
        "I applaud you for answering, but you got my name wrong again.",
        False,
    ),
]


#: Kin written after the mend to probe its edges, labelled before the engine read them.
MORE_KIN: list[tuple[str, str, bool]] = [
    ("a concession before the deed", "It took ages, but you sorted my refund in the end.", True),
    ("inexperience", "I've never used a sewing machine, so this helps a lot.", True),
    ("inexperience", "I have no idea how taxes work, so this helps a lot.", True),
    (
        "deed, a good outcome",
        "You fixed my boiler last week and it has been toasty ever since.",
        True,
    ),
    ("deed, a bad cause", "You rescued our holiday after the airline let us down.", True),
    ("deed, but a statement", "You fixed my bill, but I'm still being charged twice.", False),
    ("deed reported", "My wife said you sorted our booking in minutes, she was so pleased.", False),
    ("helps after a complaint", "We've had no reply for a fortnight, so that helps a lot.", False),
    ("made my day, going on", "Your text made my day a nightmare.", False),
    ("made my day, said", "Your message made my day today.", True),
    (
        "applause, but a complaint",
        "I applaud you for your honesty, but the product is rubbish.",
        False,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [(sentence, expected) for _, sentence, expected in CASES + MORE_KIN],
    ids=[f"{kind}: {sentence[:40]}" for kind, sentence, _ in CASES + MORE_KIN],
)
def test_each_sentence_reads_as_labelled(sentence: str, expected: bool) -> None:
    assert_kind_reads(sentence, "A", expected)


def test_the_cases_are_labelled_once_each() -> None:
    sentences = [sentence for _, sentence, _ in CASES]
    assert len(sentences) == len(set(sentences)) == 39
    assert sum(expected for _, _, expected in CASES) == 12
    kin = [sentence for _, sentence, _ in MORE_KIN]
    assert len(kin) == len(set(kin)) == 11
    assert set(kin).isdisjoint(sentences)
