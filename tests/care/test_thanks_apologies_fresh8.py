"""An eighth fresh check for `expresses_appreciation` (A) and `apologises` (P), written in
the eighth round (24 November 2026, sixth session) in registers the earlier checks left
thin: British and Australian service English ("ta ever so", "thanks heaps", "the rego"),
non-native e-mail English ("very thank you", "thanks for your patient", "I am apologize
for the inconvenient", "kindly appreciate if..."), formal sign-offs, counselling replies,
Reddit edits, thanks inside a complaint, and the look-alikes of both. Each block was
labelled by hand before any detector read it. Conventions are those of the earlier
checks (`test_thanks_apologies_fresh7.py`): "you're welcome", "welcome aboard" and
"congrats" are thanks (the development raters tick them), a greeting ("welcome to
Reddit"), relief, a request, a cause, sarcasm and reported or withheld thanks are not;
condolence, sympathy where nobody failed, repairs, shields and talk about apologies are
not apologies.

Decided this round (first block): thanks: "ta ever so", thanks to people named with a
relative clause ("thanks to the paramedics who..."), "I thank her for that" (the
speaker's own thanks to a third party; "I'll thank him for you" stays relayed). Not
thanks: "appreciate if" without "it" (a request, as "appreciate it if"), "grateful for
small mercies" (relief), "appreciate that <clause>, but..." (a concession, as "I
appreciate you're doing your best, but"; "I appreciate that, but..." stays thanks),
thanks followed by time "I'll never get back" or by "cheers for that, another..."
(sarcasm), thanks quoted after a speech verb. Not apologies: an apology quoted after a
speech verb ("the letter said 'we regret...'"), one withheld by "nobody / not one
person ... has ever said sorry", and "sorry" as the subject of talk about the word
("sorry seems to be all they say", "sorry is all they ever offer").

First reads (F1 with precision and recall) and the read of the session's starting rules
(commit 60b6932) of the same block:

- first block (60 rows): A 0.844 (P 0.83, R 0.86), P 0.909 (P 0.83, R 1.00); the same
  by the starting rules. After: A 1.000, P 1.000. The development split lost one
  appreciation row (talk about saying "thank you", which its raters ticked; 0.934 and
  apologies 0.836 unchanged), and the 1,799 rows of the earlier checks read as before.
- second block (60 rows: emotional-support chats, hotel and app-review replies, tweets,
  support forums, "welcome" and "congrats" in other words), written after that: A 0.851
  (P 0.77, R 0.95), P 0.857 (P 0.75, R 1.00); the same by the starting rules: recall
  held, and the look-alikes were again new kinds the first block's fixes did not reach.
  Decided from its errors: thanks: "we value your kind words / comments / reviews". Not
  thanks: thanks for a failure named as a noun ("thanks for the two-hour delay"),
  congratulations on a failure ("congrats, you've managed to lose..."), relief that harm
  was limited ("thankful it's only a sprain", "grateful nobody was hurt"), "we would
  appreciate your cooperation in...", thanks as what someone gets ("never get the
  thanks they deserve"). Not apologies: sympathy for an illness or its treatment ("sorry
  to hear the chemo is..."; a surgery cancelled or postponed stays an apology), an
  apology reported with any adjective ("issued a grovelling apology"), "sorry, ... can
  you hear me?", "if you're sorry, ...", "we regret to say" with news nobody failed.
  After: A 0.977, P 1.000, the development split as after the first block.
- third block (60 rows, all the registers above), written after that and read once, never
  for errors: A 0.952 (P 0.95, R 0.95), P 1.000 (P 1.00, R 1.00); the same by the
  starting rules. This is the round's estimate of how the rules carry over to new
  wording. One neutral row, read right, was reworded after the read because an earlier
  test held it word for word; four others were reworded before it for the same reason.

After the blocks, from the session brief's note that "you're welcome", "welcome aboard"
and "congrats" are missed: their usual forms were read right in every block, but four
variants of those same kinds were not and are now counted ("welcome on board", "yw",
"Most welcome!" as a reply, "mazel tov"); "you are most welcome to call back" (an
invitation) stays out. The development split has none of them.

Rows left wrong on purpose: "Be grateful you even got a reply." (an order to be grateful,
not thanks; the development raters tick "be grateful / thankful" 2 times in 2, and a rule
for it cost those rows on a target with a thin margin).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads, assert_labelled_block

#: (line, the behaviours it shows: A appreciation, P apology), labelled before any read.
FIRST_BLOCK: list[tuple[str, str]] = [
    # Thanks in British and Australian service English, e-mail sign-offs, non-native
    # English, counselling replies and Reddit comments.
    ("Cheers for sticking with me through all that, much appreciated.", "A"),
    ("Thanks heaps for sorting the rego, you're a legend.", "A"),
    ("Ta ever so, love, that's me sorted.", "A"),
    ("Very thank you for your kind support, it is working now.", "A"),
    ("Thanks for your patient, I have received the parcel today.", "A"),
    ("I am very grateful for your fast respond.", "A"),
    ("Dear Mr Okafor, Thank you for your prompt reply. Yours sincerely, Priya Nair", "A"),
    ("With many thanks and warm regards, The Bookings Team", "A"),
    ("I'm grateful you felt able to share that with me today.", "A"),
    ("Thanks for trusting me with something that painful, it took courage.", "A"),
    ("Edit: thanks for the gold, kind stranger!", "A"),
    ("Saved this thread, thank you OP, exactly what I needed.", "A"),
    ("You're most welcome, Mrs Patel, enjoy the rest of your day.", "A"),
    ("Congratulations on the new home, and welcome to the neighbourhood!", "A"),
    ("Welcome aboard! Your first box ships on Monday.", "A"),
    ("Huge respect and thanks to the paramedics who turned up in eight minutes.", "A"),
    ("Kudos to your support team for staying on the line until it was fixed.", "A"),
    # Thanks inside a complaint.
    (
        "Still no refund after six weeks, although credit where it's due, Aisha on the "
        "phone was great and I thank her for that.",
        "A",
    ),
    ("The replacement also arrived damaged; I do appreciate the quick reply though.", "A"),
    # Look-alikes of thanks: sarcasm, greetings, relief, requests, cause, withheld thanks.
    ("Thanks for nothing, Telstra, three days without internet.", ""),
    ("Oh brilliant, thanks a bunch for cancelling my train without telling anyone.", ""),
    ("Cheers for that, another hour of my life I won't get back.", ""),
    ("Welcome to Reddit, where nobody reads the article.", ""),
    ("Thank goodness the flight wasn't cancelled.", ""),
    ("I would be most grateful if you could revert at your earliest convenience.", ""),
    ("Kindly appreciate if you can check the status of my order.", ""),
    ("Thanks to Brexit, the parcel sat in customs for a fortnight.", ""),
    ("My manager never once thanked the team for the overtime.", ""),
    ("Grateful for small mercies, the rain held off for the barbecue.", ""),
    ("I appreciate that the storm wasn't your fault, but I still need a refund.", ""),
    # Apologies in the same registers.
    ("Sorry for late reply, I was on leave last week.", "P"),
    ("I am apologize for the inconvenient caused.", "P"),
    ("Please accept our sincere apologies for the wrong size being sent.", "P"),
    ("Apologies, mate, that one's down to us, I'll get a new one posted today.", "P"),
    ("Sorry about that, I read your postcode wrong.", "P"),
    ("Edit: sorry, I misread the title, ignore me.", "P"),
    ("I'm sorry if what I said last week came across as judging you.", "P"),
    ("Sorry for the faff on our end, the system's been playing up all morning.", "P"),
    ("We regret any distress the delayed diagnosis has caused you.", "P"),
    ("I sincerely regret that your complaint was not escalated sooner.", "P"),
    ("Terribly sorry, we've double-booked your table.", "P"),
    ("Sorry, I should've explained the fee before you signed up.", "P"),
    # Look-alikes of apologies: repairs, sympathy, shields, talk about apologies.
    ("Sorry, say that again?", ""),
    ("Sorry, you'll have to speak up, the line's terrible.", ""),
    ("I'm sorry to hear your mum's in hospital, I hope she's home soon.", ""),
    ("He's a sorry excuse for a plumber.", ""),
    ("Sorry, but that offer ended on Sunday.", ""),
    ("I'm sorry you feel we've let you down.", ""),
    ("You don't owe me an apology, it's fine.", ""),
    ("Nobody from the council has ever said sorry for the flooding.", ""),
    ("Excuse me, do you have this in a size ten?", ""),
    ("Sorry for your loss, mate, he was a top bloke.", ""),
    ("The letter said 'we regret any inconvenience' and that was it.", ""),
    ("Pardon? I didn't catch the last bit.", ""),
    ("Sorry seems to be all your company knows how to say.", ""),
    # Both, and neither.
    (
        "Thank you for bearing with us, and apologies again for the mix-up with your booking.",
        "AP",
    ),
    ("Cheers for pointing that out, my bad, fixed the link now.", "AP"),
    ("Thank you kindly for your patience and sorry that it took so long.", "AP"),
    ("Your new card should arrive within five working days.", ""),
    ("Have you tried logging out and back in again?", ""),
]

#: Written after the first block's fixes, labelled before any read: emotional-support
#: chats, hotel and app-review replies, tweets, support forums, and "welcome" and
#: "congrats" in other wording.
SECOND_BLOCK: list[tuple[str, str]] = [
    # Thanks.
    ("You are so welcome, hun, anytime you need to talk I'm here.", "A"),
    ("ur welcome!! glad the recipe worked out", "A"),
    ("Many congratulations to you both on the little one!", "A"),
    ("Congrats on finishing your first month sober, that's huge.", "A"),
    ("Welcome aboard, team! Your logins will arrive by email.", "A"),
    ("Dear Guest, thank you for taking the time to review your stay with us.", "A"),
    ("We truly value your kind words and will share them with the housekeeping team.", "A"),
    ("Hi Jo, thanks for the 5 stars! We're thrilled the app helps with your budgeting.", "A"),
    ("@PeakAir cheers for the upgrade on the Lisbon flight, made my week", "A"),
    ("Marking this solved. Big thanks to everyone who chipped in.", "A"),
    ("This worked perfectly, you're a star!", "A"),
    ("I really appreciate you checking in on me tonight.", "A"),
    ("It means a lot that you remembered my appointment.", "A"),
    ("Grazie mille for the quick refund!", "A"),
    ("Much obliged, the form's gone off now.", "A"),
    ("Thanks again, your patience with me today has been amazing.", "A"),
    ("The room was tired but the staff were wonderful and we're grateful for their help.", "A"),
    ("Food was cold and the wait was long; still, thank you to Marco who did his best.", "A"),
    # Look-alikes of thanks.
    ("All I get is 'thank you for your patience' on repeat.", ""),
    ("Wow, thanks for the two-hour delay and zero updates.", ""),
    ("Welcome to the worst customer service in Britain.", ""),
    ("Congrats, you've managed to lose my parcel twice.", ""),
    ("I'm thankful it's only a sprain and not a break.", ""),
    ("Thanks to the new update, my battery dies by lunchtime.", ""),
    ("We would appreciate your cooperation in keeping the noise down after 10pm.", ""),
    # Left wrong: the development raters tick "be grateful" (see the docstring).
    ("Be grateful you even got a reply.", ""),
    ("The volunteers never get the thanks they deserve.", ""),
    ("No thanks needed, it's literally my job.", ""),
    # Apologies.
    ("Apologies for the slow reply over the bank holiday.", "P"),
    ("We're so sorry the room wasn't ready when you arrived.", "P"),
    ("Sorry you had to chase us three times for this, that's not good enough.", "P"),
    ("That's a fair point and I was wrong to dismiss it, sorry.", "P"),
    ("I'm sorry, I think I made that sound easier than it is.", "P"),
    ("Huge apologies, the app update broke the login screen for some of you.", "P"),
    ("Sorry for hijacking the thread, but did anyone get this working on Linux?", "P"),
    ("Oof, my bad, wrong screenshot, here's the right one.", "P"),
    ("We owe you a proper explanation and an apology.", "P"),
    ("I messed up your order and I'm really sorry.", "P"),
    ("Please excuse the late reply, I've been off sick.", "P"),
    ("We got the delivery date wrong on your confirmation, sorry about that.", "P"),
    # Look-alikes of apologies.
    ("Sorry to hear the chemo is making you so tired.", ""),
    ("I'm sorry, but we can't rebook a non-flexible fare.", ""),
    ("I'm not going to apologise for asking a simple question.", ""),
    ("They issued a grovelling apology on Twitter.", ""),
    ("Sorry, you went quiet there, can you hear me?", ""),
    ("Sorry, is that with one n or two?", ""),
    ("I'm sorry for your loss, your nan sounds like she was a wonderful woman.", ""),
    ("No apology necessary, these things happen.", ""),
    ("If you're sorry, prove it with a refund.", ""),
    ("I regret to say the venue is fully booked that night.", ""),
    # Both, and neither.
    ("Thanks for your patience, and apologies that the engineer ran late.", "AP"),
    ("Sorry about the mix-up and cheers for being so understanding.", "AP"),
    (
        "Thank you for letting us know, and please accept our apologies for the missing cutlery.",
        "AP",
    ),
    ("Your refund of £24.99 was issued this morning.", ""),
    ("Can you send a photo of the damage?", ""),
    ("Take care of yourself this weekend, okay?", ""),
    ("We open at 9 on Saturdays.", ""),
    ("Welcome back! Your basket is still saved.", ""),
    ("Have you tried turning the router off for thirty seconds?", ""),
    ("Hope the new job goes brilliantly!", ""),
]


#: Written after the second block's fixes and read once, never for errors: the round's
#: honest estimate for new wording (all the registers above).
THIRD_BLOCK: list[tuple[str, str]] = [
    ("Thank you SO much for squeezing me in this afternoon!!", "A"),
    ("Really grateful for how patient you were on the phone with my dad.", "A"),
    ("Cheers pal, you've saved me a trip into town.", "A"),
    ("We'd like to thank you for choosing Harbour Bank.", "A"),
    ("Much appreciated, that's exactly the info I was after.", "A"),
    ("Thanking you kindly for the swift response.", "A"),
    ("Props to the support team, fixed in under ten minutes.", "A"),
    ("Thanks a million, you've been a great help today.", "A"),
    ("i appreciate u taking the time to explain it twice", "A"),
    ("You're welcome, and enjoy the new sofa!", "A"),
    ("Congratulations on your graduation, Priya!", "A"),
    ("Thank you for sharing something so difficult with me.", "A"),
    ("Big thank you to whoever handed my wallet in at reception.", "A"),
    ("Honestly, you lot have been brilliant through all this.", "A"),
    ("Appreciate the heads-up about the strike, mate.", "A"),
    ("Thanks loads for checking, it's all sorted now.", "A"),
    ("Kind regards and thanks again for your help, Tom", "A"),
    ("The delivery was late, but thanks for keeping me in the loop.", "A"),
    ("Thanks for making me wait forty minutes for nothing.", ""),
    ("No, thank you, I'll sort it myself.", ""),
    ("Thankfully the second courier was on time.", ""),
    ("I'd be really grateful if someone could call me back today.", ""),
    ("He's never once thanked me for covering his shifts.", ""),
    ("Thanks to the rail strike, I worked from home all week.", ""),
    ("Gratitude is a muscle, you have to practise it.", ""),
    ("Yeah, thanks for ruining my birthday surprise.", ""),
    ("We appreciate this may be frustrating, but the office is closed on Mondays.", ""),
    ("Happy holidays from all of us at the shop!", ""),
    ("Sorry for the wait, it's been a busy morning.", "P"),
    ("Apologies, I attached the wrong invoice, here's the correct one.", "P"),
    ("We're really sorry your order arrived damaged.", "P"),
    ("I should have called you back yesterday, that was my mistake.", "P"),
    ("So sorry, I completely forgot to send the form.", "P"),
    ("We sincerely apologise for the error on your statement.", "P"),
    ("Sorry about the noise from the building work last night.", "P"),
    ("I'm sorry, that came out wrong, what I meant was you're not alone.", "P"),
    ("Ah, my bad, I misread your question.", "P"),
    ("We let you down on this one and I'm sorry.", "P"),
    ("Pardon the delay, the system was down.", "P"),
    ("Really sorry we kept you on hold so long.", "P"),
    ("Sorry, what was the postcode you gave me?", ""),
    ("I'm so sorry you lost your grandad, he sounded like a lovely man.", ""),
    ("Sorry, but we don't deliver to the Channel Islands.", ""),
    ("The manager apologised to the couple at the next table.", ""),
    ("Don't be sorry, you did nothing wrong.", ""),
    ("You'll be sorry you didn't take the extended cover.", ""),
    ("Excuse me, could I get the bill please?", ""),
    ("I'm sorry to hear you've been feeling so low lately.", ""),
    ("They still owe me an apology for the way they spoke to me.", ""),
    ("Sorry not sorry, I'm keeping the last biscuit.", ""),
    ("Thank you for bearing with me, and sorry again for the confusion.", "AP"),
    ("Cheers for your patience and apologies for the mess-up.", "AP"),
    ("Sorry I missed your call, and thanks for leaving such a clear message.", "AP"),
    ("Your booking reference is HX4471.", ""),
    ("Can you pop the last four digits of the card in the chat?", ""),
    ("Your engineer is booked for the morning slot on Friday.", ""),
    ("Best of luck on Saturday's half marathon!", ""),
    ("Welcome to Hartley's, how can I help?", ""),
    ("Let me know if anything else comes up.", ""),
    ("That must have been really stressful for you.", ""),
]

#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.95, 0.95, 0.96),
    ("first", "P"): (0.95, 0.95, 0.96),
    ("second", "A"): (0.92, 0.95, 0.95),
    ("second", "P"): (0.95, 0.95, 0.96),
    ("third", "A"): (0.92, 0.92, 0.92),
    ("third", "P"): (0.95, 0.95, 0.96),
}
BLOCKS = {"first": FIRST_BLOCK, "second": SECOND_BLOCK, "third": THIRD_BLOCK}


@pytest.mark.parametrize(("block", "flag"), list(FLOORS), ids=[f"{b}-{f}" for b, f in FLOORS])
def test_each_block_keeps_its_floor(block: str, flag: str) -> None:
    assert_labelled_block(BLOCKS[block], flag, FLOORS[block, flag])


def test_no_line_repeats_one_of_an_earlier_check() -> None:
    earlier = "\n".join(
        path.read_text(encoding="utf-8")
        for path in Path(__file__).parent.glob("test_thanks_apologies_fresh[2-7].py")
    )
    lines = [text for block in BLOCKS.values() for text, _ in block]
    assert len(set(lines)) == len(lines)
    assert [text for text in lines if text in earlier] == []


#: One sentence for each kind this round decided, read alone:
#: kind -> (sentence, behaviour flag, whether the behaviour is there).
KINDS: dict[str, tuple[str, str, bool]] = {
    "ta ever so": ("Ta ever so for the lift home.", "A", True),
    "thanks to people who acted": ("And thanks to the lifeguards who pulled him out.", "A", True),
    "thanks to a thing that caused": (
        "Thanks to the lorry that broke down, we missed the ferry.",
        "A",
        False,
    ),
    "the speaker thanks a third party": (
        "We thank her for twenty years of service.",
        "A",
        True,
    ),
    "thanks relayed": ("I'll thank him for you when I see him.", "A", False),
    "time I'll never get back": (
        "Thanks for the webinar, ninety minutes I'll never get back.",
        "A",
        False,
    ),
    "cheers for that, another": ("Cheers for that, yet another outage.", "A", False),
    "appreciate if": ("Would really appreciate if someone can call me back.", "A", False),
    "small mercies": ("Thankful for small mercies, at least the bus came.", "A", False),
    "a concession with that-clause": (
        "I appreciate that the courier was new, but the box was soaked.",
        "A",
        False,
    ),
    "thanks with a but": ("I appreciate that, but I'm still waiting on the refund.", "A", True),
    "thanks quoted after a speech verb": (
        'The auto-reply says "Thanks for getting in touch" and then nothing.',
        "A",
        False,
    ),
    "an apology quoted after a speech verb": (
        "Their tweet said 'we apologise for the disruption' and then went quiet.",
        "P",
        False,
    ),
    "an apology withheld by not one person": (
        "Not one person at the depot has said sorry for the mix-up.",
        "P",
        False,
    ),
    "an apology beside a withheld one": (
        "Nobody told you about the charge, and I apologise for that.",
        "P",
        True,
    ),
    "sorry as the subject of talk": ("Sorry is all they ever offer, never a fix.", "P", False),
    "sorry is all I can say": ("Sorry is all I can say.", "P", True),
    # Second block.
    "we value your kind words": ("We value your lovely comments about the spa.", "A", True),
    "thanks for a failure named as a noun": (
        "Thanks for the three-day outage, really.",
        "A",
        False,
    ),
    "congratulations on a failure": ("Congratulations on losing my booking again.", "A", False),
    "relief that harm was limited": ("Grateful nobody was hurt in the crash.", "A", False),
    "a request for cooperation": (
        "We'd appreciate your help in keeping the corridor clear.",
        "A",
        False,
    ),
    "thanks as what someone gets": ("Carers rarely get any thanks.", "A", False),
    "sympathy for a treatment": (
        "Sorry to hear the radiotherapy has been so draining.",
        "P",
        False,
    ),
    "a treatment cancelled": ("Sorry to hear your surgery was postponed again.", "P", True),
    "an apology reported with an adjective": (
        "The airline issued a half-baked apology.",
        "P",
        False,
    ),
    "a repair on a call": ("Sorry, I think you went silent on me, can you hear me?", "P", False),
    "a conditional sorry": ("If they're really sorry they'll fix it.", "P", False),
    "regret to say": ("We regret to say the course is fully booked.", "P", False),
    # Variants of kinds the lexicon counts.
    "welcome on board": ("Welcome on board, Sam!", "A", True),
    "yw": ("yw, any time", "A", True),
    "most welcome as a reply": ("Most welcome!", "A", True),
    "most welcome as an invitation": ("You are most welcome to call back.", "A", False),
    "mazel tov": ("Mazel tov on the engagement!", "A", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    assert_kind_reads(*KINDS[kind])
