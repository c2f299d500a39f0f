"""A second fresh check for `expresses_appreciation` (A) and `apologises` (P): lines
written for this test in the voices the engine meets outside the development data:
casual online thanks ("thx", "ty so much", "cheers mate", "much obliged", "props to the
night team"), thanks inside longer messages and to third parties, service chat and
e-mail, phone talk with its "uh-huh"s, and Reddit-style comments.

Labelling conventions. Thanks is appreciation wherever it is meant, also to a third
party ("hats off to the driver") and when it softens a refusal ("thanks, but I'll stick
with my plan"); sarcasm ("thanks for nothing", "gee, thanks for..."), refusals ("no
thanks"), relief ("thank God"), cause ("thanks to the snow"), talk about thanks ("she
thanked me twice") and "appreciate" meaning understand are not. An apology is regret for
one's own or the company's part ("my bad", "pardon the delay", "I owe you an apology")
or "sorry" about a wrong or a failure the other person lived through ("sorry to hear the
replacement broke", "so sorry that happened to you": remorse labellers count it, and a
coach hears the apology step in it). Not an apology: sympathy where nobody is at fault
(an illness, a death, hard times: that is `acknowledges_feelings`), pity ("I feel sorry
for the staff"), "sorry, what did you say?" (a repair), "I'm not sorry", "sorry not
sorry", an apology reported, wanted or quoted, and "sorry, but that's against our
policy".

Each block was labelled before the detectors read it. First reads: the first block (169
rows) A F1 0.832 (P 0.87, R 0.80) and P F1 0.811 (P 0.70, R 0.96) with the lexicons of
that morning; the lexicon work that followed was guided by its misses. One of its
sympathy lines ("so sorry that happened to you") was first labelled "not an apology"
and relabelled once the convention above was settled from the remorse labels of the
development data (with the first label the block read P 0.811 first and 0.959 after the
work). The second block (70 rows), written after that work, read A F1 0.939
(P 0.92, R 0.96) and P F1 0.930 (P 0.87, R 1.00) first; the morning's lexicons read it
at 0.920 and 0.889. The rows still missed are left in on purpose (a "shout out", "you
guys are the best", a thank-you card, the condolence "sorry to hear about your
grandmother", an "I'm sorry but" that only hedges): the floors hold each block to a
standard rather than pinning every row. One casual thanks of the first block was reworded
afterwards because the same words turned out to be in a public corpus.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .fresh_check import fresh_scores

#: (line, the behaviours it shows: A appreciation, P apology); labelled before the
#: lexicon work it then guided.
FIRST_BLOCK: list[tuple[str, str]] = [
    ("thx, that worked", "A"),
    ("ty so much, you saved my evening", "A"),
    ("Cheers mate, sorted now.", "A"),
    ("you're a lifesaver, honestly", "A"),
    ("Much obliged, I'll give it a go tonight.", "A"),
    ("Props to the night team for getting the site back up.", "A"),
    ("tysm!! the refund just landed", "A"),
    ("Thank u for explaining it so clearly", "A"),
    ("thanks heaps, legend", "A"),
    ("Big thanks to whoever wrote this guide.", "A"),
    ("Ok got it, cheers.", "A"),
    ("Shout out to the lady at the front desk who found my wallet.", "A"),
    ("Hats off to the delivery driver, he carried it up four flights.", "A"),
    ("I can't thank you enough for sorting the visa letter.", "A"),
    ("Bless you for replying on a Sunday.", "A"),
    ("You guys are the best, seriously.", "A"),
    ("Really appreciate you taking the time to walk me through it.", "A"),
    ("Grateful for the quick fix, the shop can open on time now.", "A"),
    ("Thanks in advance for any help!", "A"),
    ("I owe you one, the spreadsheet finally adds up.", "A"),
    ("I owe you one, sorry for dragging you into this.", "AP"),
    ("Couldn't have done it without your help.", "A"),
    ("This is super helpful, thanks!", "A"),
    ("Thank you thank you thank you", "A"),
    ("Thanks for asking, I'm doing much better.", "A"),
    ("Thanks again for your help yesterday.", "A"),
    ("Forever grateful to the nurses on ward 6.", "A"),
    ("Kudos to the support team for staying on the line with me.", "A"),
    ("Appreciated, will do.", "A"),
    ("Ta, that's the one.", "A"),
    ("Thanks a bunch for the reminder.", "A"),
    ("Thanks, but I'll stick with my current plan.", "A"),
    ("Thanks for the offer, but we've already booked elsewhere.", "A"),
    ("Thank you for flagging it; we've fixed the typo on the invoice.", "A"),
    ("We appreciate you choosing us for your move.", "A"),
    ("Thank you for your patience, I've now processed the return.", "A"),
    ("I'm thankful someone finally listened.", "A"),
    ("Cheers for the heads up about the roadworks.", "A"),
    ("Thanks for being so understanding about the mix-up.", "A"),
    ("You've been a massive help today.", "A"),
    ("Hi Tom, just a quick note to thank you for fixing the boiler.", "A"),
    ("We're so grateful to everyone who donated.", "A"),
    ("Thanks to Priya, we got the parcel back the same day.", "A"),
    ("That was really kind of you.", "A"),
    ("Your help made all the difference.", "A"),
    ("many many thanks", "A"),
    ("Ty for the recommendation, just finished the book", "A"),
    ("Thanks OP, this made me smile", "A"),
    ("thank you for your service", "A"),
    ("Thank you for saying this, I needed to hear it.", "A"),
    ("ty for the award, stranger, made my night", "A"),
    ("appreciate ya, have a good one", "A"),
    ("I appreciate the honesty.", "A"),
    ("Thank you for your understanding.", "A"),
    ("Thank you for your email. Unfortunately we cannot offer a refund.", "A"),
    ("Thanks for nothing, I'll take my business elsewhere.", ""),
    ("No thanks, I'm fine.", ""),
    ("Thanks a lot, now the whole order is cancelled.", ""),
    ("Oh great, thanks for losing my suitcase again.", ""),
    ("Gee, thanks for the helpful advice of turning it off and on.", ""),
    ("He didn't even say thank you when I held the door.", ""),
    ("I'd appreciate it if you stopped calling me.", ""),
    ("I appreciate that this isn't the answer you wanted.", ""),
    ("I can appreciate how annoying that must be.", ""),
    ("Thank God the flight wasn't cancelled.", ""),
    ("Thanks to the snow, nothing was delivered all week.", ""),
    ("The house has appreciated a lot since 2015.", ""),
    ("You're welcome to call back any time after 9.", ""),
    ("Nobody thanks the cleaners.", ""),
    ("I got a thank-you card from the team.", ""),
    ("Thanksgiving orders ship on Monday.", ""),
    ("I'd be grateful if you could send the receipt.", ""),
    ("Ugh, thanks autocorrect.", ""),
    ("She thanked me twice.", ""),
    ("Who do I thank for this mess?", ""),
    ("Can't say I appreciate being put on hold for an hour.", ""),
    ("Not grateful at all for the 'upgrade' that broke my phone.", ""),
    ("my bad, I sent the wrong link", "P"),
    ("Apologies for the mix-up with your order.", "P"),
    ("Pardon the delay in getting back to you.", "P"),
    ("So sorry, I completely forgot to call you back.", "P"),
    ("Sorry for the wait, I'm with you now.", "P"),
    ("I'm really sorry we charged you twice.", "P"),
    ("That's our mistake and I'll fix it right away.", "P"),
    ("Sorry about the confusion earlier, the store closes at six, not eight.", "P"),
    ("Oops, sorry, wrong thread.", "P"),
    ("I apologise for the tone of my last email.", "P"),
    ("Please accept our apologies for the missed appointment.", "P"),
    ("I feel awful that you had to chase us three times.", "P"),
    ("We got this one wrong, and I'm sorry.", "P"),
    ("Sorry I snapped at you yesterday.", "P"),
    ("I regret not listening to the reviews before buying.", "P"),
    ("Sorry for the long post, I just needed to vent.", "P"),
    ("Excuse the typos, typing on my phone.", "P"),
    ("Forgive me for asking so many questions.", "P"),
    ("Sorry for the late reply, I was travelling.", "P"),
    ("We're sorry your delivery didn't turn up.", "P"),
    ("I'm sorry to hear the replacement broke as well.", "P"),
    ("I owe you an apology, I misunderstood your question.", "P"),
    ("Our apologies, the link in our last newsletter was broken.", "P"),
    ("Sorry, that was totally my fault.", "P"),
    ("This should never have happened and we're sorry.", "P"),
    ("I'm sorry we didn't get it right the first time.", "P"),
    ("Soz, missed your message.", "P"),
    ("sry, running late", "P"),
    ("I was wrong about the deadline, sorry.", "P"),
    ("We dropped the ball on this one.", "P"),
    ("Sorry it took us so long to sort out.", "P"),
    ("Hi Ms Green, I'm sorry for the inconvenience caused by the cancelled delivery.", "P"),
    ("I can only apologise for how long this has taken.", "P"),
    ("Deepest apologies for the error on your bill.", "P"),
    ("Sorry to bother you again, but did the engineer confirm a time?", "P"),
    ("Sorry to keep you waiting.", "P"),
    ("Sorry, I should have been clearer.", "P"),
    ("sorry, my english is not good", "P"),
    ("Sorry if this has been asked before.", "P"),
    ("I'm sorry, I had no idea.", "P"),
    ("Ah sorry, didn't see your reply.", "P"),
    ("Sorry mate, my fault, I'll resend it.", "P"),
    ("Sorry, what did you say?", ""),
    ("Sorry? I didn't catch that.", ""),
    ("I'm not sorry for telling the truth.", ""),
    ("Sorry not sorry, the cake was worth it.", ""),
    ("He said sorry but he clearly didn't mean it.", ""),
    ("All I want is an apology from the manager.", ""),
    ("Saying sorry doesn't pay my bills.", ""),
    ("Your 'we apologise for any inconvenience' email means nothing.", ""),
    ("I feel sorry for the staff who have to deal with this.", ""),
    ("Sorry to hear you've been unwell, hope you feel better soon.", ""),
    ("I'm so sorry for your loss.", ""),
    ("Sorry to hear about your grandmother.", ""),
    ("Excuse me, is this the queue for returns?", ""),
    ("Pardon? Could you repeat the reference?", ""),
    ("You should be sorry, this is the third time.", ""),
    ("Don't apologise, it happens.", ""),
    ("No need to say sorry, you did nothing wrong.", ""),
    ("Sorry, but that's against our policy.", ""),
    ("The company issued a public apology yesterday.", ""),
    ("Better safe than sorry, so I packed two chargers.", ""),
    ("What a sorry state this kitchen is in.", ""),
    ("They'll be sorry when they lose all their customers.", ""),
    ("I accept your apology, let's move on.", ""),
    ("You'll regret signing that contract.", ""),
    ("No regrets, best purchase I've made.", ""),
    ("Sorry, which branch did you visit?", ""),
    ("Sorry, I don't follow, is it the blue form or the green one?", ""),
    ("I'm sorry you feel that way.", ""),
    ("Sorry, but you're wrong about the fee.", ""),
    ("Why should I apologise for asking a question?", ""),
    ("Is an apology too much to ask?", ""),
    ("Excuse me?? That's not what I ordered.", ""),
    ("The apology letter arrived two weeks late.", ""),
    ("Sorry for your loss OP, he looked like a good boy", ""),
    ("I'm sorry but this is the dumbest take I've read today", ""),
    ("Ugh I'm so sorry that happened to you.", "P"),
    ("Your order number is 4471, it ships tomorrow.", ""),
    ("Can you confirm the postcode on the account?", ""),
    ("I'll book the engineer for Thursday morning.", ""),
    ("The welcome pack is in the post.", ""),
    ("Have a lovely weekend!", ""),
    ("Let me check that for you.", ""),
    ("Is there anything else I can help with?", ""),
    ("We're open until nine on weekdays.", ""),
    ("Please pick a time that suits you.", ""),
    ("The Tysons Corner branch is closed today.", ""),
    ("Thanks for your patience, and sorry again for the mess-up.", "AP"),
    ("Sorry for the slow reply and thank you for sticking with us.", "AP"),
    ("Apologies for the delay, and many thanks for the photos.", "AP"),
    ("Thank you for pointing that out, it was my error.", "AP"),
]

#: Written and labelled after that work, then read once before any further change.
SECOND_BLOCK: list[tuple[str, str]] = [
    ("Thanks ever so much for ringing back.", "A"),
    ("Really grateful you stayed late to help us.", "A"),
    ("uh-huh, well, thank you for calling", "A"),
    ("thanks for the chat, take care", "A"),
    ("Much appreciated, the new card arrived this morning.", "A"),
    ("Thank you, that's a weight off my mind.", "A"),
    ("We're thankful for customers like you.", "A"),
    ("I wanted to say a big thank you to Sam in the returns team.", "A"),
    ("Thankyou for ur patience!!", "A"),
    ("Appreciate the quick turnaround on the quote.", "A"),
    ("tyvm, will try it tonight", "A"),
    ("Thanks a million, you've made my week.", "A"),
    ("Cheers for sorting that so fast.", "A"),
    ("You've been incredibly patient with us.", "A"),
    ("Oh thanks, that's really thoughtful.", "A"),
    ("Your support has meant the world to us.", "A"),
    ("Big props to the engineers who worked through the night.", "A"),
    ("Thanks for the info, mate.", "A"),
    ("We can't thank you enough for your loyalty over the years.", "A"),
    ("Thanks everyone for the kind words!", "A"),
    ("I'm so grateful this sub exists.", "A"),
    ("Thank you for keeping us posted on the repair.", "A"),
    ("No thank you, I'll pay by card.", ""),
    ("Thanks a bunch for wasting my afternoon.", ""),
    ("Thanks to a software glitch, your order was sent twice.", ""),
    ("I can appreciate why you'd want a second opinion.", ""),
    ("We'd be grateful if you could complete the short survey.", ""),
    ("Thank heavens the backup worked.", ""),
    ("She never thanked anyone in her life.", ""),
    ("He deserves a thank-you, not a complaint.", ""),
    ("You're welcome to pop in and try it on.", ""),
    ("The value of the shares appreciated by ten percent.", ""),
    ("I don't appreciate being spoken to like that.", ""),
    ("Sorry, my mistake, the store opens at ten.", "P"),
    ("Apologies for the radio silence last week.", "P"),
    ("I'm terribly sorry about the mix-up with your tickets.", "P"),
    ("oh, I'm sorry, go ahead", "P"),
    ("excuse me, I've got a frog in my throat", "P"),
    ("We sincerely apologise for the disruption to your service.", "P"),
    ("That's entirely on us, and we'll refund the fee.", "P"),
    ("Sorry to hear your parcel went missing, let me trace it.", "P"),
    ("Sorry this took three emails to fix.", "P"),
    ("I messed up the booking, sorry about that.", "P"),
    ("Oops my bad, wrong photo", "P"),
    ("I owe you a proper apology for the last call.", "P"),
    ("Sorry for rambling, it's been a long day.", "P"),
    ("We should have told you about the price change sooner.", "P"),
    ("I apologize if my last reply came across as rude.", "P"),
    ("So sorry you had to wait in the cold for the driver.", "P"),
    ("Sorry that happened to you, that's awful.", "P"),
    ("I feel bad that I forgot to ring you back.", "P"),
    ("Sorry, can you spell the surname?", ""),
    ("Pardon? The line's really bad.", ""),
    ("My condolences, and I'm sorry for your loss.", ""),
    ("I'm not going to apologise for our refund policy.", ""),
    ("If you want an apology, you'll have to speak to the manager.", ""),
    ("Sorry but no, we can't accept returns after 30 days.", ""),
    ("I'm sorry you think the fee is unfair, but it stands.", ""),
    ("They never apologised for the damage.", ""),
    ("You'll be sorry if you cancel now.", ""),
    ("Excuse me, do you work here?", ""),
    ("Sorry, just to confirm, was that the 14th?", ""),
    ("What a sorry excuse for customer service.", ""),
    ("Don't worry, no need to apologise.", ""),
    ("I've sent the label to your email address.", ""),
    ("The refund will show in 3 to 5 working days.", ""),
    ("Is the boiler making any noise at the moment?", ""),
    ("Great, the technician is on his way.", ""),
    ("Sorry for the trouble and thanks for your patience.", "AP"),
    ("Thank you for letting us know, and my apologies that the room wasn't ready.", "AP"),
]

BEHAVIOURS = {"A": "expresses_appreciation", "P": "apologises"}

#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.95, 0.92, 0.94),
    ("first", "P"): (0.93, 0.97, 0.95),
    ("second", "A"): (0.95, 0.95, 0.96),
    ("second", "P"): (0.95, 0.95, 0.97),
}
BLOCKS = {"first": FIRST_BLOCK, "second": SECOND_BLOCK}


def assert_floor(
    block: list[tuple[str, str]], flag: str, floor: tuple[float, float, float]
) -> None:
    """Fail, naming every row the detector for `flag` got wrong, when its precision,
    recall or F1 on `block` is below `floor` (shared with the third check)."""
    behaviour = BEHAVIOURS[flag]
    scores = fresh_scores(
        (text, flag in flags, bool(detect(text, "", behaviours=(behaviour,))))
        for text, flags in block
    )
    precision, recall, f1 = floor
    assert scores.precision >= precision, scores.summary()
    assert scores.recall >= recall, scores.summary()
    assert scores.f1 >= f1, scores.summary()


def assert_labelled_block(
    rows: list[tuple[str, str]], flag: str, floor: tuple[float, float, float]
) -> None:
    """`assert_floor` for a blind block of 60 rows or more whose flags are all known."""
    assert len(rows) >= 60
    assert all(set(flags) <= set(BEHAVIOURS) for _, flags in rows)
    assert_floor(rows, flag, floor)


def assert_kind_reads(text: str, flag: str, expected: bool) -> None:
    """Fail unless the detector for `flag` finds its behaviour in `text` (read alone)
    exactly when `expected`."""
    found = detect(text, "", behaviours=(BEHAVIOURS[flag],))
    assert bool(found) is expected, text


@pytest.mark.parametrize(
    ("block", "flag"), list(FLOORS), ids=[f"{b}-{BEHAVIOURS[f]}" for b, f in FLOORS]
)
def test_each_block_holds_its_floor(block: str, flag: str) -> None:
    assert_floor(BLOCKS[block], flag, FLOORS[block, flag])


def test_the_blocks_are_big_enough_labelled_and_unique() -> None:
    assert len(FIRST_BLOCK) >= 150
    assert len(SECOND_BLOCK) >= 50
    lines = [text for text, _ in FIRST_BLOCK + SECOND_BLOCK]
    assert len(set(lines)) == len(lines)
    for block in (FIRST_BLOCK, SECOND_BLOCK):
        assert all(set(flags) <= set(BEHAVIOURS) for _, flags in block)
        for flag in BEHAVIOURS:
            share = sum(flag in flags for _, flags in block) / len(block)
            assert 0.25 <= share <= 0.4  # enough positives, and enough look-alikes


NEVER_FOUND = {
    "thanks for nothing": ("A", "Thanks for nothing, I'll take my business elsewhere."),
    "no thanks": ("A", "No thanks, I'm fine."),
    "sarcastic thanks": ("A", "Gee, thanks for the helpful advice of turning it off and on."),
    "sorry not sorry": ("P", "Sorry not sorry, the cake was worth it."),
    "I'm not sorry": ("P", "I'm not sorry for telling the truth."),
    "a repair": ("P", "Sorry, what did you say?"),
    "a reported apology": ("P", "He said sorry but he clearly didn't mean it."),
    "sympathy for an illness": ("P", "So sorry you're feeling poorly, get well soon."),
    "a quoted apology": ("P", "Your 'we apologise for any inconvenience' email means nothing."),
}


@pytest.mark.parametrize(("flag", "text"), list(NEVER_FOUND.values()), ids=list(NEVER_FOUND))
def test_look_alikes_named_in_the_brief_are_never_found(flag: str, text: str) -> None:
    assert not detect(text, "", behaviours=(BEHAVIOURS[flag],))
