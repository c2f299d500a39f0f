"""Fairness of the twenty-second thanks check's mends (68131f5), written in the twentieth
session (24 November 2026) after a read-only review found its new phrases firing where
there is no thanks and its new look-alikes silencing plain thanks. The review's sentences
and kin in our own words, each labelled before the engine read any of them (with the
conventions of `test_thanks_fresh10.py`: a congratulation counts, a wish does not).

First read (on 68131f5's lexicon, 63 sentences, 36 of them thanks): 21 right, P 0.38,
R 0.28, F1 0.32. Read as thanks: gladness denied or asked ("I'm not happy that we could
only offer a voucher for you", "Are you happy we could move the delivery to Friday for
you?"), "…, so it / that helps a lot" after a plain fact ("Keep the receipt, so it helps
a lot"), a blessing for an occasion ("Blessings to you for the new year"), a misspelt
congratulation used as a noun ("The congrat message template…"). Missed: congratulations
on the lowest handicap or mortgage rate, "Congrats, you've just broken the club record!",
a deletion done as asked, "I appreciate his quick reply / their honesty / his
cooperation…", appreciation relayed with praise of the deed ("The technician appreciated
the cup of tea, that was kind"), a kind decline ("I appreciate the thought, but there's
no need to send anything") and misspellings outside the old list ("Congatulations",
"Congraulations", "Congratulationz"…).

Mended by kind (appreciation.json): gladness "I / we could … for you" is the speaker's,
said and not asked (not after a negation or another subject, no "?"); "so this / that
helps a lot" only after a clause of the speaker's own ("I'm new to…", "My Spanish is
rusty,"), and no longer with "it"; blessings for a deed, not for a season, day or event;
misspellings of "congratulations" read by shape (a word "cong…" ending in -tion(s),
-shun(s), -ns / -nz, or "congr…" of up to six letters ending in s / z, not congress,
congregation, congruent, conglomerate, Congo, congested…; run only when the turn holds
"cong", the lexicon's trigger marks), never after "the / a / this / my / your…", and a
bare "congrat" only as a greeting ("Congrat on the new house!"); the look-alikes narrowed:
sarcastic congratulations on the worst / dumbest / slowest… (no longer "lowest"), and
"congrats, you just deleted / broke…" not when a record is broken, an old / duplicate /
unwanted thing is deleted or it was done as asked; "appreciate his / her / their <art or
manner>" (style, humour, voice, music, writing…) instead of "anything but their help";
"<someone> appreciated <it / my…>" not when "that was kind / thoughtful…" follows; and
"appreciate the thought / idea, but" not before a kind decline ("no need", "you don't
need to", "please don't go to any trouble", "I'm all set"; the older "…, but you
don't…" look-alike likewise). After: 63 of 63.

Dev (expresses_appreciation): F1 0.9347 -> 0.9350 (P 0.9689 -> 0.9689, R 0.9029 ->
0.9033): one misspelt congratulation now read, no other row changed.

A second review (25 November 2026, helper mendJ) proved two more on 4fc115b: taking
"lowest" out of the sarcasm superlatives read "Congrats on the lowest price in town?
Seriously?" as thanks again, and the singular "Congratulation on passing your test!" was
never read (the misspelling shape skipped "congratulation" as if the list held it).
SECOND_REVIEW holds the two and our kin, labelled before the read; first read on 4fc115b
4 of 11 (the 4 sarcastic "lowest" read as thanks, the 3 singular congratulations
missed). Mended: the sarcasm reading of "congrats on the … lowest" is skipped only when
a score / handicap / rate follows within two words and no "?" closes the sentence nor a
"Seriously?" follows it; the singular "congratulation" is read as the bare "congrat" is,
as a greeting (before on / to / for / you…, or closing with "!", "." or ","; a first try
through the misspelling shape also took it after a laugh and cost one dev row, F1
0.9348, and was dropped). After: 11 of 11; dev F1 unchanged. One kin line, "Your
congratulation message made my day." (thanks), is read at neither commit and is left out
of the assertions: "<your thing> made my day" is not read as thanks at all ("Your
message made my day."), another kind.
"""

from __future__ import annotations

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads

#: (kind, sentence, whether it shows appreciation), labelled before any read.
CASES: list[tuple[str, str, bool]] = [
    # Gladness that the speaker did something for the listener: said, not denied or asked.
    ("glad denied", "I'm not happy that we could only offer a voucher for you.", False),
    ("glad denied", "I wasn't pleased we could only do a partial refund for you.", False),
    ("glad denied", "We're not pleased that we could only refund half of it for you.", False),
    ("glad asked", "Are you happy we could move the delivery to Friday for you?", False),
    ("glad asked", "Were you glad we could fit the boiler service in for you?", False),
    ("glad asked", "Is everyone happy we managed to squeeze the repair in for you?", False),
    ("glad said", "So glad we could get the refund through for you today.", True),
    ("glad said", "I'm really happy I was able to find the missing parcel for you.", True),
    # "so this helps a lot": the help of what was given, after the speaker's own clause.
    ("so it helps, a fact", "Restarting clears the cache, so it helps a lot.", False),
    ("so it helps, a fact", "Keep the receipt, so it helps a lot.", False),
    (
        "so it helps, a fact",
        "We rebooted the line at our end, so that has helped massively.",
        False,
    ),
    (
        "so it helps, a fact",
        "Charging it overnight keeps the battery healthy, so that helps a lot.",
        False,
    ),
    ("so it helps, a fact", "Our team double-checks every form, so this helps massively.", False),
    ("so this helps me", "I've never baked bread before so this helps a ton.", True),
    ("so this helps me", "My Spanish is rusty, so this has helped massively.", True),
    # Blessings: for a deed, not for a season or an event.
    ("blessings for an occasion", "Blessings to you for the new year.", False),
    ("blessings for an occasion", "Blessings to you for the holidays and the year ahead.", False),
    ("blessings for an occasion", "Blessings to you all for Christmas.", False),
    ("blessings for a deed", "Blessings to you for driving my mum to her appointment.", True),
    ("blessings for a deed", "Blessings on you for all your help with the garden.", True),
    # Congratulations misspelt: by shape, and never as a noun after a determiner.
    ("congrat as a noun", "The congrat message template is broken on your side.", False),
    ("congrat as a noun", "The congradulations email went to the wrong address.", False),
    ("congrat as a noun", "I found a congrat card in the drawer.", False),
    ("congrat as a greeting", "Congrat on the new house!", True),
    ("misspelt", "Congatulations on the new job!", True),
    ("misspelt", "Congratualations to you both!", True),
    ("misspelt", "Congratultions on passing your exams!", True),
    ("misspelt", "Congraulations, well deserved.", True),
    ("misspelt", "Congratulationz on the promotion!", True),
    ("misspelt", "Congratualtions on your graduation!", True),
    ("misspelt", "Congradulashuns, you two!", True),
    ("misspelt", "congrtulations on the baby", True),
    ("misspelt", "Congragulations on the win!", True),
    ("other cong- words", "The congregations met on Sunday.", False),
    ("other cong- words", "Congress passed the bill last night.", False),
    ("other cong- words", "The congestion on the ring road is terrible.", False),
    ("other cong- words", "He sent a congratulatory note to the staff.", False),
    # Sarcastic congratulations: on something bad, or a mistake; not on a low score.
    ("congrats on the lowest", "Congrats on your lowest golf score yet!", True),
    ("congrats on the lowest", "Congratulations on the lowest handicap in the club!", True),
    (
        "congrats on the lowest",
        "Congrats on the lowest mortgage rate you could find, well done!",
        True,
    ),
    ("congrats, a record broken", "Congrats, you've just broken the club record!", True),
    (
        "congrats, a record broken",
        "Congrats, you've just broken the school record for the 100 metres!",
        True,
    ),
    (
        "congrats, deleted as asked",
        "Congratulations, you've successfully deleted your old account as you asked.",
        True,
    ),
    (
        "congrats, deleted as asked",
        "Congratulations, you've successfully deleted the duplicate contacts.",
        True,
    ),
    ("congrats on a mistake", "Congrats, you just deleted my whole thesis.", False),
    ("congrats on a mistake", "Congrats, you've officially broken the printer again.", False),
    # A third party's quality: thanks for how they treated us, not a taste for their art.
    ("a third party's conduct", "I appreciate his quick reply.", True),
    ("a third party's conduct", "I appreciate her flexibility with the dates.", True),
    ("a third party's conduct", "I appreciate their honesty.", True),
    ("a third party's conduct", "I appreciate his cooperation.", True),
    ("a third party's conduct", "I appreciate his response.", True),
    ("a third party's conduct", "I appreciate her quick turnaround on the quote.", True),
    ("a third party's conduct", "I appreciate his candour.", True),
    ("a third party's art", "I appreciate her singing voice more every album.", False),
    ("a third party's art", "I appreciate their music more now I'm older.", False),
    # Appreciation reported: relayed to the listener, or only told.
    ("relayed with praise", "The technician appreciated the cup of tea, that was kind.", True),
    ("relayed with praise", "Your neighbour appreciated the heads-up, that was thoughtful.", True),
    ("relayed to you", "My mum appreciated the card you sent.", True),
    ("only reported", "My boss appreciated my report.", False),
    # "I appreciate the thought, but": a kind decline, or a complaint.
    ("a kind decline", "I appreciate the thought, but there's no need to send anything.", True),
    (
        "a kind decline",
        "I appreciate the thought, but you really don't need to pay me back.",
        True,
    ),
    ("a kind decline", "I appreciate the gesture, but please don't go to any trouble.", True),
    ("a complaint", "I appreciate the sentiment, but the update still hasn't fixed it.", False),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [(sentence, expected) for _, sentence, expected in CASES],
    ids=[f"{kind}: {sentence[:40]}" for kind, sentence, _ in CASES],
)
def test_each_sentence_reads_as_labelled(sentence: str, expected: bool) -> None:
    assert_kind_reads(sentence, "A", expected)


def test_the_cases_are_labelled_once_each() -> None:
    sentences = [sentence for _, sentence, _ in CASES]
    assert len(sentences) == len(set(sentences)) == 63
    assert sum(expected for _, _, expected in CASES) == 36


#: The second review's two sentences and kin (labelled before the read).
SECOND_REVIEW: list[tuple[str, str, bool]] = [
    ("sarcastic lowest", "Congrats on the lowest price in town? Seriously?", False),
    ("sarcastic lowest", "Congrats on the lowest score? Seriously?", False),
    ("sarcastic lowest", "Congratulations on the lowest bid, what a joke.", False),
    ("sarcastic lowest", "Congrats on the lowest customer satisfaction in the country.", False),
    ("a low rate", "Congrats on the lowest interest rate we've ever seen!", True),
    ("a low score", "Congrats on the lowest score of the season! Seriously impressive.", True),
    ("singular", "Congratulation on passing your test!", True),
    ("singular", "Congratulation to you both on the new baby.", True),
    ("singular", "Congratulation!", True),
    ("singular as a noun", "The congratulation card is in the post.", False),
    ("plural", "Congratulations on passing your driving test!", True),
]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [(sentence, expected) for _, sentence, expected in SECOND_REVIEW],
    ids=[f"{kind}: {sentence[:40]}" for kind, sentence, _ in SECOND_REVIEW],
)
def test_the_second_review_reads_as_labelled(sentence: str, expected: bool) -> None:
    assert_kind_reads(sentence, "A", expected)
