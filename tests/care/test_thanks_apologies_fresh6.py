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


SECOND_BLOCK: list[tuple[str, str]] = [
    ("Dude, this fixed my wifi after two days of pulling my hair out. Legend.", "A"),
    ("Much appreciated, I'll give it a go this weekend.", "A"),
    ("Thank you kindly, sir.", "A"),
    ("Grateful for the reminder, I almost missed the deadline.", "A"),
    ("Ty ty, you're the real MVP.", "A"),
    ("Honestly, thank you for not judging me in these comments.", "A"),
    ("I appreciate you, internet stranger.", "A"),
    ("Thanks for the laugh, needed that after today.", "A"),
    ("This deserves way more upvotes, thank you for the breakdown.", "A"),
    ("A huge thank you to everyone who donated to the fundraiser!", "A"),
    ("Thanks for the tip! Worked like a charm.", "A"),
    ("Wow, thanks for reminding me I'm old.", ""),
    ("Thanks to this thread I spent my whole paycheck on plants.", ""),
    ("My boss said thanks once in ten years.", ""),
    ("Anyone else find 'thank you for your service' a bit hollow?", ""),
    ("I'm thankful it's Friday, that's about it.", ""),
    ("Not to sound ungrateful, but the sequel was worse.", ""),
    ("Thank god for the mute button.", ""),
    ("Sorry for the typos, typing on my phone.", "P"),
    ("I was wrong about the release date, it's actually next month.", "P"),
    ("Edit: my bad, it was the 2019 model not the 2021.", "P"),
    ("Honestly I regret selling my old Civic.", ""),
    ("I'll never forgive myself for missing her last call.", "P"),
    ("Sorry, who's the guy in the second photo?", ""),
    ("Sorry to hear about your grandma, sending hugs.", ""),
    ("They finally apologised after the video went viral.", ""),
    ("I don't owe anyone an apology for this.", ""),
    ("Sorry, not sorry, the book was better.", ""),
    ("Ah sorry, I misread your comment, thanks for clarifying.", "AP"),
    ("Thanks for being patient with me, I know I was a mess last night, sorry.", "AP"),
    ("Thanks for confirming that, Ahmed.", "A"),
    ("Right, er, thank you very much for that, sir.", "A"),
    ("Thank you for your continued custom.", "A"),
    ("Thanks for taking the time to leave a review, Leah.", "A"),
    ("Thanks for the shout-out, Tom! We'll pass it on to the store team 🙌", "A"),
    ("I'm really grateful you felt able to tell me that.", "A"),
    ("We appreciate your business and look forward to serving you again.", "A"),
    ("Thanks a million for your help, you've been brilliant.", "A"),
    ("Your feedback helps us improve, so thank you.", "A"),
    ("Thanks in advance for your help with this.", "A"),
    ("Thank you for holding, I really appreciate it.", "A"),
    ("Much appreciated, I'll keep an eye out for the email.", "A"),
    ("Thank you for your order! It will be dispatched within 24 hours.", "A"),
    ("Thanks for letting me know you're happy with the fix.", "A"),
    ("The technician said thank you and left without fixing anything.", ""),
    ("Thanks to the bank holiday, your refund may take an extra day.", ""),
    ("No, thank you, I've got everything I need.", ""),
    ("We'd be grateful if you could complete the attached form.", ""),
    ("Thank-you emails are sent automatically after each order.", ""),
    ("Please hold while I transfer you.", ""),
    ("I apologise, I gave you the wrong opening hours earlier.", "P"),
    ("So sorry about that, the system double-booked your slot.", "P"),
    ("Sorry, um, I should have mentioned the delivery charge at the start.", "P"),
    ("We're sorry your first box arrived late, here's 20% off your next one.", "P"),
    ("We fell short this time, and we're sorry.", "P"),
    ("Our apologies for the confusion about your bill.", "P"),
    ("Sorry, could I take a contact number in case we get cut off?", ""),
    ("I'm sorry, but the promotion doesn't apply to existing contracts.", ""),
    ("I'm sorry you've had to carry that on your own for so long.", ""),
    ("Thanks for your patience and sorry for any inconvenience caused.", "AP"),
    (
        "I'm sorry for my part in how that call went, and thank you for giving us another chance.",
        "AP",
    ),
]


THIRD_BLOCK: list[tuple[str, str]] = [
    ("Thanks for asking, I'm doing a lot better now.", "A"),
    ("TIA, this has been driving me nuts for weeks.", "A"),
    ("Edit: thank you all for the kind words, I wasn't expecting this.", "A"),
    ("Thank you, kind stranger, for the award.", "A"),
    ("This community has been so good to me, I'm grateful every day.", "A"),
    ("Appreciate you taking the time to reply to everyone.", "A"),
    ("Thanks for the detailed answer, it actually makes sense now.", "A"),
    ("Cheers for the link, mate.", "A"),
    ("You've been a massive help, I owe you.", "A"),
    ("Thanks for sharing your story, it took guts.", "A"),
    ("Oh great, thanks, another reboot nobody asked for.", ""),
    ("Thanks to my cat, I now own zero working headphones.", ""),
    ("My kid says thank you to Alexa, it's adorable.", ""),
    ("He expects a thank you for doing the bare minimum.", ""),
    ("Not grateful for the 6am alarm, that's for sure.", ""),
    ("Thank goodness it didn't rain.", ""),
    ("Sorry, brain fart, I meant Tuesday.", "P"),
    ("Sorry for the rant, I just needed to vent.", "P"),
    ("I owe everyone here an apology for my comment last night.", "P"),
    ("Oops, deleted the wrong post, sorry mods.", "P"),
    ("I kind of regret not going to the concert.", ""),
    ("Sorry, what did he say at the end?", ""),
    ("Sorry for your loss, may she rest easy.", ""),
    ("The CEO apologised on Twitter, for what that's worth.", ""),
    ("Stop saying sorry, you did nothing wrong.", ""),
    ("Sorry, I'm not sure I follow, can you explain?", ""),
    ("My apologies, I didn't realise this was a serious thread.", "P"),
    ("Forgive me for being blunt, but you need a lawyer.", "P"),
    ("Sorry I'm late to the thread, but thanks for the recs.", "AP"),
    ("Thanks and sorry for hijacking the post.", "AP"),
    ("Thanks, Mark.", "A"),
    ("Thanks for bearing with me while I looked into that.", "A"),
    ("We truly appreciate you taking the time to share this.", "A"),
    ("Thanks so much for the lovely five stars, Aisha!", "A"),
    ("Thank you for being honest with me about how you're feeling.", "A"),
    ("Uh-huh, okay, perfect, thank you.", "A"),
    ("Hi Dan, many thanks for sending the meter photos over.", "A"),
    ("We're grateful for your patience while we rebuild the site.", "A"),
    ("Thanks for choosing us for your big day!", "A"),
    ("Appreciate your patience, I'm just waiting on the warehouse.", "A"),
    ("Thank you, that's all sorted for you now.", "A"),
    ("@jlee thanks for the love! See you next week 💚", "A"),
    ("It's really kind of you to say that.", "A"),
    ("Thank you for your feedback; we've shared it with the product team.", "A"),
    ("Thanks to high demand, some sizes are sold out.", ""),
    ("I'll make sure to thank Joe for you.", ""),
    ("No thanks needed, it's what we're here for.", ""),
    ("I would appreciate it if you didn't shout at me.", ""),
    ("Please rate your chat with us by clicking the thumbs up.", ""),
    ("Your new card will arrive in 3 to 5 working days.", ""),
    ("I'm so sorry, I pressed the wrong button and cancelled your order.", "P"),
    ("Sorry for keeping you on hold so long.", "P"),
    ("We're sorry the room wasn't ready when you arrived.", "P"),
    ("Apologies, our driver should have called ahead.", "P"),
    ("That's an error on our side and I'm sorry.", "P"),
    ("Sorry, yeah, go on, you were saying?", ""),
    ("Sorry to hear you're moving away, we'll miss having you as a customer.", ""),
    ("I'm sorry but I can't discuss the account without the holder's permission.", ""),
    ("Sorry about the mix-up, and thanks for spotting it.", "AP"),
    ("Thank you for waiting, and apologies that it took this long.", "AP"),
]


BLOCKS = {
    "first": FIRST_BLOCK,
    "second": SECOND_BLOCK,
    "third": THIRD_BLOCK,
}
#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.97, 0.93, 0.96),
    ("first", "P"): (0.97, 0.97, 0.97),
    ("second", "A"): (0.94, 0.94, 0.94),
    ("second", "P"): (0.85, 0.97, 0.91),
    ("third", "A"): (0.97, 0.97, 0.97),
    ("third", "P"): (0.85, 0.97, 0.91),
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
    "relief that it's Friday": ("So grateful it's the weekend at last.", "A", False),
    "a thank-you letter": ("Our thank-you letters go out every January.", "A", False),
    "wrong about a fact": ("We were wrong about the delivery date, it's Tuesday.", "P", True),
    "wrong about a person": ("Turns out I was wrong about him.", "P", False),
    "sarcasm: nobody asked for": ("Thanks, yet another update nobody wanted.", "A", False),
    "thanks reported in the present": (
        "Every morning she says thanks to the bus driver.",
        "A",
        False,
    ),
    "an impersonal cause: demand": ("Thanks to popular demand, the show is back.", "A", False),
    "thanks relayed to a colleague": ("I'll be sure to thank Priya for you.", "A", False),
    "an apology reported: the CEO": (
        "The airline's CEO publicly apologised last week.",
        "P",
        False,
    ),
    "sorry, not following": ("Sorry, I'm not sure I understand the question.", "P", False),
    "sorry you're moving": ("Sorry to hear you're leaving the area.", "P", False),
    "never forgive myself": ("I don't think I'll ever forgive myself for that.", "P", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, flag, expected = KINDS[kind]
    found = detect(text, "", behaviours=(BEHAVIOURS[flag],))
    assert bool(found) is expected, text
