"""A fresh check for `apologises`, written in the tenth round (24 November 2026,
fifteenth session) in the registers of `test_thanks_fresh10.py`: hotel and restaurant
owners' replies to reviews, bank and insurance e-mails, gaming-support forums,
peer-support chats and SMS-style replies. Labelled by hand before any detector read it,
with the conventions of the earlier checks (`test_thanks_apologies_fresh8.py`): an
apology for the company's or the speaker's own part counts, and so does sorry for a
service failure the customer lives through; condolence, sympathy where nobody failed,
repairs, shields ("sorry, but we can't…"), "sorry?" asking to hear again, a non-apology,
pity, regret foretold, forgiveness and apologies reported, withheld or talked about do
not.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit 055e303) of the same block: 0.984 (P 0.97, R 1.00); the same by the starting
rules. Its one error, "an apology letter is on its way to you", is labelled as talk
about an apology, but it announces the company's own apology, and the development
raters tick a speaker's "apology note" or "apology post" (2 rows of 2): no kind of miss
is clear, so nothing was changed for it. The development split's own apology errors
are, as in earlier rounds, mostly apologies its raters leave unticked ("my bad", "sorry,
I misread") and sympathy they tick. Dev F1 0.836 unchanged. Five look-alikes, read
right, were reworded after the read because earlier checks held them word for word
(stock phrases such as "I'm sorry you feel that way." and "Apology accepted, let's
move on.").
"""

from __future__ import annotations

from .test_thanks_apologies_fresh2 import assert_labelled_block
from .test_thanks_fresh9 import repeated_lines

#: (line, "P" when it apologises), labelled before any read.
BLOCK: list[tuple[str, str]] = [
    # Apologies: owners' replies to reviews.
    ("We're so sorry your anniversary dinner was spoiled by the long wait between courses.", "P"),
    ("Please accept our apologies for the noise from the wedding party on Saturday night.", "P"),
    ("I'm sorry the room wasn't ready when you arrived; that shouldn't happen.", "P"),
    ("We got your booking wrong and we're truly sorry.", "P"),
    ("Apologies that the waiter was short with you, Ms Carter; it has been raised with him.", "P"),
    ("That's not the standard we hold ourselves to, and I apologise.", "P"),
    # Apologies: bank and insurance e-mails.
    ("We apologise for the delay in processing your mortgage application.", "P"),
    ("I'm sorry we blocked your card while you were abroad without warning you first.", "P"),
    (
        "Our mistake: the payment was taken twice, and we're sorry for the worry this caused.",
        "P",
    ),
    ("Sorry for the hold music, I'm back with you now.", "P"),
    ("We regret the time it took to send an assessor out to your home.", "P"),
    ("Apologies for any confusion caused by our earlier letter.", "P"),
    ("We should have called you back on Tuesday as promised. I'm sorry.", "P"),
    ("I'm sorry the engineer didn't turn up today.", "P"),
    ("We're sorry your parcel arrived damaged.", "P"),
    # Apologies: gaming-support forums.
    ("Sorry about the login queue, folks, we underestimated launch traffic.", "P"),
    ("Our bad on the broken patch, rolling it back now.", "P"),
    ("Apologies to everyone who lost progress in last night's outage.", "P"),
    ("sorry for the wait on your ticket, we're swamped after the sale", "P"),
    ("We messed up the reward drop and we're sorry.", "P"),
    # Apologies: peer-support chats.
    ("sorry I went quiet yesterday, I was struggling", "P"),
    ("I'm sorry if what I said last night came out wrong.", "P"),
    ("sorry for the wall of text", "P"),
    ("My apologies, I misread your post.", "P"),
    ("I owe you an apology for snapping at you.", "P"),
    # Apologies: SMS-style replies.
    ("soz running late!!", "P"),
    ("sorry hun, missed ur call", "P"),
    ("omg sorry, totally forgot to text back", "P"),
    ("my bad, wrong chat", "P"),
    ("Sorry, sent that to the wrong person!", "P"),
    # Look-alikes: condolence and sympathy where nobody failed.
    ("I'm so sorry for your loss; take all the time you need before rebooking.", ""),
    ("Sorry to hear you've been unwell, I hope you feel better soon.", ""),
    ("sorry you're going through this, sending hugs", ""),
    ("I feel sorry for the poor receptionist dealing with that crowd.", ""),
    # Look-alikes: shields and refusals.
    ("I'm sorry, but we can't refund a used voucher.", ""),
    ("Sorry, the warranty doesn't cover accidental damage.", ""),
    ("Unfortunately, we are unable to offer compensation in this case.", ""),
    ("We're sorry, but that's outside our cancellation policy.", ""),
    ("I'm not apologising for enforcing the rules.", ""),
    # Look-alikes: asking again, non-apologies, regret foretold, forgiveness.
    ("Sorry, can you repeat the reference number?", ""),
    ("Sorry? Which account do you mean?", ""),
    ("I'm sorry you see it that way, Mr Hale.", ""),
    ("You'll be sorry if you don't back up your saves.", ""),
    ("Don't be sorry, none of this is on you.", ""),
    ("No need to apologise, the queue moved fast anyway.", ""),
    ("Apology accepted, see you at raid night.", ""),
    ("Sorry not sorry, the extra fries were worth it.", ""),
    # Look-alikes: apologies reported, withheld or talked about.
    ("The hotel manager apologised and offered us a free breakfast.", ""),
    ("They never even said sorry for losing my bag.", ""),
    ("An apology letter is on its way to you.", ""),
    ("The agent kept saying sorry but nothing changed.", ""),
    ("Excuse me, is this seat taken?", ""),
    # Neutral lines, repairs and feelings from the same registers.
    ("Your complaint reference is C-20418.", ""),
    ("The pool is open from 7am to 9pm.", ""),
    ("Please update the game to version 2.3.1.", ""),
    ("Your claim handler is Ravi, who'll call tomorrow.", ""),
    ("k see u there", ""),
    ("It sounds like it's been a really hard week.", ""),
    ("We've credited £20 to your account.", ""),
    ("We'll replace the damaged item free of charge.", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR = (0.95, 0.97, 0.97)


def test_the_block_keeps_its_floor() -> None:
    assert_labelled_block(BLOCK, "P", FLOOR)


def test_no_line_repeats_one_of_an_earlier_check() -> None:
    assert repeated_lines({"block": BLOCK}, "test_thanks_apologies_fresh*.py") == []
