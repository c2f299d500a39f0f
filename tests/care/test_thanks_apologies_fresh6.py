"""A sixth fresh check for `expresses_appreciation` (A) and `apologises` (P).

(Docstring to be completed at the end of the round.)
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .test_thanks_apologies_fresh2 import BEHAVIOURS, assert_floor

#: (line, the behaviours it shows: A appreciation, P apology), labelled before any read.
FIRST_BLOCK: list[tuple[str, str]] = [
    ("Saved this post, you just answered a question I've had for three years.", "A"),
    ("Thanks a bunch for the spreadsheet, it's going straight into my budget folder.", "A"),
    ("Legit the most helpful reply in this thread, ty.", "A"),
    ("Big thanks to whoever posted the mirror link.", "A"),
    ("I can't thank you enough for sharing this, my mum has the same diagnosis.", "A"),
    ("Cheers, that cleared it up.", "A"),
    ("You're awesome for doing this for free.", "A"),
    ("Thank you for saying this out loud, I thought I was the only one.", "A"),
    ("Appreciate the correction, edited.", "A"),
    ("Thanks for the gold, kind stranger!", "A"),
    ("Oh cool, thanks for nothing I guess.", ""),
    ("Thanks Obama.", ""),
    ("He never once thanked his wife in the acceptance speech.", ""),
    ("People who say 'thanks in advance' and then never reply are the worst.", ""),
    ("Thank heavens for noise-cancelling headphones on this flight.", ""),
    ("Thanks to the patch, my save file is corrupted.", ""),
    ("Nah I'm good, thanks though.", ""),
    ("My therapist says I need to stop apologising for everything.", ""),
    ("Sorry, I didn't mean to derail the thread.", "P"),
    ("Ugh, I posted the wrong screenshot, my apologies everyone.", "P"),
    ("I was out of line yesterday and I owe you an apology.", "P"),
    ("Deleted my comment, it was a cheap shot and I regret it.", "P"),
    ("I stand corrected, I mixed up the two laws.", "P"),
    ("Sorry, what's a DNF?", ""),
    ("Sorry for your loss, he was a legend in this community.", ""),
    ("I feel so sorry for the kid in that video.", ""),
    ("She apologised but honestly it felt fake.", ""),
    ("I'm not going to apologise for having an opinion.", ""),
    ("Sorry for the long post, and thanks to anyone who reads it all.", "AP"),
    ("Thanks for pointing that out, I totally missed it, sorry.", "AP"),
    ("Thanks for waiting, Priya. I've found your order now.", "A"),
    ("Thank you for reaching out to us, we're happy to take a look.", "A"),
    ("Uh, yeah, thank you, um, that's really helpful actually.", "A"),
    ("Hi Jordan, thanks for the kind review! We're so glad the app helps with your studies.", "A"),
    ("@maya_k we love to hear it, thanks for flying with us! ✈️", "A"),
    ("Thank you for your email of 4 March regarding the boiler service.", "A"),
    ("Thank you for trusting me with something so personal.", "A"),
    ("I really value you taking the time to explain all that.", "A"),
    ("It means a lot that you stuck with us after last month's outage.", "A"),
    ("Okay, lovely, cheers for that.", "A"),
    ("We appreciate every review, good or bad.", "A"),
    ("Thanks for your patience, our team is still investigating.", "A"),
    ("No thanks, I'll keep my current tariff.", ""),
    ("The customer thanked the agent and hung up.", ""),
    ("Thanks to a system upgrade, our lines will be closed on Sunday.", ""),
    ("I'd appreciate a call back before Friday.", ""),
    ("Please click 'Thanks' at the bottom of the chat if this solved your issue.", ""),
    ("Your ticket number is 48213.", ""),
    ("I'm sorry for the trouble this has caused, that's not the standard we aim for.", "P"),
    ("Uh, sorry, yeah, that was my fault, I booked the wrong date for you.", "P"),
    ("We're sorry the latest update logged you out, a fix is rolling out today.", "P"),
    ("Apologies for the slow reply, we've had a very busy week.", "P"),
    ("We let you down on this one and we're sorry.", "P"),
    ("I'm sorry to hear your parcel arrived damaged.", "P"),
    ("Sorry, can you hear me now? The line's a bit crackly.", ""),
    ("I'm sorry, but we can only refund to the original card.", ""),
    ("I'm so sorry you lost your dad so suddenly.", ""),
    ("I'm sorry if you feel we haven't listened.", ""),
    ("Sorry for the wait and thanks for hanging on.", "AP"),
    ("Thank you for your patience and please accept our apologies for the delay.", "AP"),
]


BLOCKS = {
    "first": FIRST_BLOCK,
}
#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.97, 0.93, 0.96),
    ("first", "P"): (0.97, 0.97, 0.97),
}


@pytest.mark.parametrize(
    ("block", "flag"), list(FLOORS), ids=[f"{b}-{BEHAVIOURS[f]}" for b, f in FLOORS]
)
def test_each_block_is_labelled_and_keeps_its_floor(block: str, flag: str) -> None:
    rows = BLOCKS[block]
    assert len(rows) >= 60
    assert all(set(flags) <= set(BEHAVIOURS) for _, flags in rows)
    assert_floor(rows, flag, FLOORS[block, flag])


def test_no_line_is_written_twice() -> None:
    lines = [text for block in BLOCKS.values() for text, _ in block]
    assert len(set(lines)) == len(lines)


#: One sentence for each kind this round decided, read alone:
#: kind -> (sentence, behaviour flag, whether the behaviour is there).
KINDS: dict[str, tuple[str, str, bool]] = {
    "value you doing": ("We truly value you sharing your story with us.", "A", True),
    "praised for a deed": ("You guys are amazing for fixing it on a Sunday.", "A", True),
    "a request for a reply": ("We'd appreciate a prompt response to this letter.", "A", False),
    "a refusal: I'm fine": ("No, I'm fine, thanks.", "A", False),
    "a refusal then thanks": ("Nope, we're all set, but thanks.", "A", False),
    "thanks after a sentence": ("Nah, I'm good. But thanks for asking!", "A", True),
    "pity, intensified": ("I honestly feel really sorry for the new hire.", "P", False),
    "regret, intensified": ("I feel really sorry for the confusion I caused.", "P", True),
    "an apology reported": ("The landlord eventually apologised, months later.", "P", False),
    "a shield: only": ("Sorry, but we can only ship to the billing address.", "P", False),
    "a loss: lost your": ("I'm so sorry you've lost your grandad.", "P", False),
    "a loss: passed": ("Sorry to hear your cat passed away last night.", "P", False),
    "a lost parcel is ours": ("I'm sorry we lost your parcel.", "P", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, flag, expected = KINDS[kind]
    found = detect(text, "", behaviours=(BEHAVIOURS[flag],))
    assert bool(found) is expected, text
