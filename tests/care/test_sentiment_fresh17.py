"""Customer sentiment on the thirteenth round's second blind block (24 November 2026,
seventeenth session), written after the first change (`test_sentiment_fresh16.py`):
the same kind, a verdict carried by a turn that asks, in e-mails, service chats,
support forums, restaurant and product reviews and an emotional-support chat, with
plain requests that name a fault as hard negatives and praise beside a request. 20
lines of each class; every label was written into this file before the engine read it.

- `E`, first read after commit 00b1fcd: 41 of 60 (macro-F1 0.676: 0.829, 0.627,
  0.571); the session-start rules (32dd22e) 39 (0.632): fresh16's praise beside a
  question carried to two lines ("Any plans to open a branch in Leeds? ... the brunch
  is incredible.", "Loving the new app. Any chance of a widget ...?"). By kind: 12
  praise lines read as plain, most praise told as plain fact beside a request ("He
  stayed on the line until my internet was back", "My wife cried when she saw it") or
  thanks passed on ("Could you thank whoever packed my order?"); two questions that
  marvel ("Who knew switching banks could be this painless?", "How is your customer
  service this good?") and one that despairs ("Will I ever get an answer ...?") read as
  requests; four plain requests naming a fault or a charge read as complaints.

Mended by kind: a rhetorical question asks for nothing. The cue patterns of a question
that despairs ("how hard can it be", "could you at least", "will I ever get") and of one
that marvels ("how is X this good?", "who knew it could be so easy?"; not "how do I get
it so smooth?") are marked rhetorical: a question they match is neither a request nor
damped, so its verdict stands (the rules' reading of a turn that asks and says now keeps
the request and asking flags of its parts instead of setting both). Thanks passed on
("please thank the driver") was tried as a praise cue and dropped: no block line moved,
the learned layer still read the request. The model refitted on the same corpus. After:
45 of 60 (0.746); fresh16's D 51 -> 52; dev `customer_sentiment` 0.7589 -> 0.7589
(tweets 0.7429 -> 0.7428, TripAdvisor 0.7120); the held-out set 149 of 152 unchanged;
the 2,930 earlier blind lines 2,628 unchanged (one review line lost and one gained to the
refit). Left: praise told as plain fact beside a request, thanks passed on, plain
requests that name a fault or a charge ("I can't find the schedule setting"), a refusal
to pay ("I'm not paying for another one").

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh16 import BLOCKS as FRESH16_BLOCKS
from .test_sentiment_fresh16 import EARLIER_ROUNDS as BEFORE_FRESH16

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "E": (
        43,
        [
            (
                "negative",
                (
                    "Please escalate this. I have been without hot water since the boiler was "
                    "'serviced' on Tuesday."
                ),
            ),
            (
                "negative",
                (
                    "Kindly refund the £30 delivery charge, the parcel turned up a week after the"
                    " date you gave me."
                ),
            ),
            (
                "negative",
                (
                    "I'd like a manager to call me. The technician left a hole in my wall and "
                    "didn't even apologise."
                ),
            ),
            (
                "negative",
                ("Any update on my complaint from March? Starting to think nobody reads these."),
            ),
            ("negative", "Can you explain how a 'next day' order takes nine days?"),
            (
                "negative",
                (
                    "Third replacement charger in a year and this one has already stopped "
                    "working. Is this a known fault or am I just unlucky?"
                ),
            ),
            (
                "negative",
                (
                    "Hi, the coffee machine I bought in June now trips the fuse every morning. "
                    "What are my options, because I'm not paying for another one."
                ),
            ),
            (
                "negative",
                (
                    "Please remove me from your mailing list. Your reps have called my elderly "
                    "mother four times this week."
                ),
            ),
            (
                "negative",
                (
                    "Would someone from the team mind explaining why my table for six was given "
                    "away while we were standing at the door?"
                ),
            ),
            (
                "negative",
                ("Does the 'priority' line mean anything at all? Forty minutes and counting."),
            ),
            (
                "negative",
                (
                    "I asked for no nuts and the dessert came covered in them. My son could have "
                    "ended up in hospital."
                ),
            ),
            (
                "negative",
                (
                    "Can I get my deposit back? The flat was nothing like the photos and the "
                    "landlord won't answer."
                ),
            ),
            (
                "negative",
                (
                    "Send me a returns label please. The 'waterproof' boots let water in on the "
                    "first walk."
                ),
            ),
            (
                "negative",
                (
                    "Is there a reason my payment keeps getting declined when there's plenty in "
                    "the account? This is the fourth day."
                ),
            ),
            (
                "negative",
                (
                    "I've been a customer for twelve years and this is how you treat me? Cancel "
                    "everything."
                ),
            ),
            (
                "negative",
                (
                    "Who do I complain to about your driver? He threw the parcel over the gate "
                    "and it's smashed."
                ),
            ),
            ("negative", "Honestly, what's the point of a help line that hangs up on you?"),
            (
                "negative",
                (
                    "Could you stop closing my ticket without fixing anything? It's the same "
                    "error every time."
                ),
            ),
            (
                "negative",
                ("I don't know why I bother reaching out, nobody ever gets back to me here."),
            ),
            (
                "negative",
                ("Will I ever get an answer about the missing money or should I go to the bank?"),
            ),
            (
                "neutral",
                (
                    "Hi, my package says 'out for delivery'. Roughly what time do drivers usually"
                    " finish?"
                ),
            ),
            (
                "neutral",
                (
                    "Please update my address to 14 Mill Lane from 1 May. My account number is "
                    "55201."
                ),
            ),
            ("neutral", "Does the leak sealant work on a copper pipe, or is it for plastic only?"),
            (
                "neutral",
                (
                    "My laptop shows a black screen after the update. Should I hold the power "
                    "button or wait?"
                ),
            ),
            ("neutral", "Can you tell me if the table by the window is free for two at 7?"),
            (
                "neutral",
                ("I'll be travelling next week, so could you pause the veg box until the 20th?"),
            ),
            (
                "neutral",
                ("The invoice number is INV-3390. Could you send a copy to accounts as well?"),
            ),
            ("neutral", "Could I swap the blue sofa for the grey one before it ships?"),
            ("neutral", "Is it normal for a new mattress to smell a bit for the first few days?"),
            (
                "neutral",
                (
                    "When the firmware is updating, is it safe to unplug the hub, or will that "
                    "brick it?"
                ),
            ),
            (
                "neutral",
                ("Hello, I missed the delivery today. Can I pick it up from the depot instead?"),
            ),
            ("neutral", "Please can you confirm my appointment is still at 10 tomorrow?"),
            ("neutral", "If the train is cancelled, can I use my ticket on the next one?"),
            (
                "neutral",
                "We're a group of twelve with two wheelchairs. Is the back room step-free?",
            ),
            (
                "neutral",
                ("How do I stop the heating coming on at 5am? I can't find the schedule setting."),
            ),
            (
                "neutral",
                "Thanks for getting back to me. Which documents do you need for the claim?",
            ),
            ("neutral", "I was charged £12.99 this month. Is that the new price from April?"),
            (
                "neutral",
                (
                    "Can we pick up from where we left off last week? I wrote down what you "
                    "suggested."
                ),
            ),
            ("neutral", "Would you be able to split the bill three ways?"),
            (
                "neutral",
                (
                    "The tracking hasn't moved since Friday. Is that usual over a bank holiday "
                    "weekend?"
                ),
            ),
            (
                "positive",
                (
                    "Could you thank whoever packed my order? Every glass arrived in one piece, "
                    "wrapped like treasure."
                ),
            ),
            (
                "positive",
                "Not a question, just wanted to say the new booking page is a joy to use.",
            ),
            (
                "positive",
                (
                    "Is it possible to give Dev a bonus? He stayed on the line until my internet "
                    "was back."
                ),
            ),
            (
                "positive",
                "Please tell the chef the risotto was the best thing I've eaten all year.",
            ),
            (
                "positive",
                (
                    "Do you have this jumper in green as well? The navy one I bought is so soft I"
                    " live in it."
                ),
            ),
            ("positive", "Honestly didn't expect a reply on a Sunday, let alone a fix. Thank you!"),
            (
                "positive",
                (
                    "Can I leave a five-star review somewhere? The fitter was tidy, quick and "
                    "really friendly."
                ),
            ),
            ("positive", "Who knew switching banks could be this painless? Done in a lunch break."),
            (
                "positive",
                (
                    "Any plans to open a branch in Leeds? We'd be there every weekend, the brunch"
                    " is incredible."
                ),
            ),
            (
                "positive",
                (
                    "Just booked our third stay with you. The staff remembered our names from "
                    "last year!"
                ),
            ),
            (
                "positive",
                (
                    "I was dreading the call but your adviser made it so easy. Could I get her "
                    "name for the feedback form?"
                ),
            ),
            (
                "positive",
                (
                    "Update: the reset you suggested worked and it's been rock solid for a week. "
                    "Thanks all!"
                ),
            ),
            (
                "positive",
                (
                    "Is the lemon cake on the menu every day? My daughter hasn't stopped talking "
                    "about it."
                ),
            ),
            (
                "positive",
                (
                    "Would you pass on my thanks to the night nurse? She kept me calm until the "
                    "doctor came."
                ),
            ),
            (
                "positive",
                (
                    "I feel so much lighter after talking to you tonight. Can we do this again "
                    "Thursday?"
                ),
            ),
            (
                "positive",
                (
                    "Could you send the same bouquet to my mum next month? My wife cried when she"
                    " saw it."
                ),
            ),
            ("positive", "Ten out of ten for the delivery team. Is there a way to tip them?"),
            ("positive", "Loving the new app. Any chance of a widget for the home screen?"),
            (
                "positive",
                (
                    "How is your customer service this good? Refund in my account before I'd even"
                    " posted the return."
                ),
            ),
            ("positive", "Please never change the recipe. Best burger in town, hands down."),
        ],
    ),
}

EARLIER_ROUNDS = (*BEFORE_FRESH16, FRESH16_BLOCKS)  # every blind round before this one


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_second_asking_block_is_new_and_read_well_enough(name: str) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *EARLIER_ROUNDS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A question that marvels praises; one that despairs complains ...
        ("Who knew renewing a passport could be this easy?", "positive"),
        ("How is the coffee here always so good?", "positive"),
        ("How hard can it be to put a lid on a takeaway cup?", "negative"),
        ("Will I ever see the money you owe me?", "negative"),
        # ... while the same words asking plainly ask.
        ("How do I get the sauce so smooth?", "neutral"),
        ("Is this good for a toddler of two?", "neutral"),
        ("Will I ever need to replace the filter?", "neutral"),
    ],
)
def test_a_rhetorical_question_asks_for_nothing(text: str, label: Label) -> None:
    assert classify(text) == label
