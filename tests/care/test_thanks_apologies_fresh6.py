"""A sixth fresh check for `expresses_appreciation` (A) and `apologises` (P), written in
the sixth round (23 November 2026, fourth session): five blocks of 60-61 lines, half in
the voice of Reddit comments and support forums, half service talk from sources the
earlier checks did not use (live chat, e-mail replies, phone transcripts with fillers,
brand tweets, app-review replies, counselling chat), each labelled by hand before any
detector read it.

Conventions are those of the earlier checks (`test_thanks_apologies_fresh5.py`). Decided
this round: not thanks: a refusal softened by thanks ("nah, I'm good, thanks though",
"nope, we're all set, but thanks"), a request ("I'd appreciate a call back", "if you
could send it, that would be appreciated", "would appreciate it if you could"), thanks
reported in the present ("she says thank you to the driver") or relayed ("I'll thank
Joe for you"), a customer's gratitude reported ("the customer was very appreciative"),
a hyphenated thank-you noun ("thank-you emails"), relief ("thankful it's Friday"), an
impersonal cause without an article ("thanks to high demand"), gratitude questioned
("Grateful? For this?"), mock thanks for a scare; thanks: "we value you taking the
time", "you're awesome for doing this", "a gentleman and a scholar". Not apologies:
pity even with an intensifier ("I feel so sorry for the kid"), a third party's apology
reported or withheld ("the CEO apologised", "my sister still hasn't apologised"), a
shield ("sorry, but we can only...", "...our engineers don't work weekends"),
condolence for someone lost ("sorry you lost your dad", "your cat passed"), "sorry to
hear you're moving away", "sorry, I'm not sure I follow"; apologies: an owned error of
fact ("we were wrong about the date", "we got your order wrong", "a careless comment on
my part") and remorse ("I'll never forgive myself").

Condolence ("sorry for your loss"): the development raters tick it 12 times in 20, a thin
majority from one source whose label is an emotion (GoEmotions "remorse"), not an act;
Switchboard has none. It stays out, as the detector's own description and four earlier
rounds' tests read it (sympathy is `acknowledges_feelings`); taking it in would move the
development apology F1 from 0.836 to about 0.841 (12 rows gained, 8 lost) at the price
of every service and counselling source, where it is not an apology.

First reads (A appreciation, P apology; F1 with precision and recall) and the read of
the session's starting rules (commit fafb1cf) of the same block:

- first block (60 rows): A 0.902 (P 0.92, R 0.88), P 0.882 (P 0.79, R 1.00); the same
  by the starting rules. After: A 0.980, P 1.000.
- second block (61 rows): A 0.933 (P 0.90, R 0.97), P 0.857 (P 0.86, R 0.86); starting
  rules A 0.933, P 0.828. After: A 0.966, P 0.933.
- third block (60 rows): A 0.933 (P 0.88, R 1.00), P 0.857 (P 0.75, R 1.00); the same by
  the starting rules. After: A 1.000, P 0.938.
- fourth block (60 rows): A 0.881 (P 0.84, R 0.93), P 0.909 (P 0.88, R 0.94); the same
  by the starting rules. After: A 0.964, P 1.000.
- fifth block (60 rows), written after all of that: A 0.964 (P 0.93, R 1.00), P 0.963
  (P 1.00, R 0.93); starting rules A 0.947, P 0.963 (the round's hyphenated thank-you
  rule carried over). After: A 0.982, P 1.000.

Rows still wrong are left in on purpose: "I regret selling my old Civic" and "I kind of
regret not going" (regret for one's own choice: the development raters tick "I regret"
14 times in 15), "thanks for reminding me I'm old" (9 of 9 "reminding me" rows ticked)
and "thanks for coming to my TED talk" (ticked), "Legend." and "legends, ... 🙏" (the
raters do not tick "you're a legend"), a sarcastic "oh thanks, another firmware update
that bricks my router" (no rule short of the situation), "I'm sorry you've had to carry
that on your own" (in service the same words apologise for a failure) and "sorry, yeah,
go on" after talking over someone (Switchboard's raters tick such interruptions).
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


FOURTH_BLOCK: list[tuple[str, str]] = [
    ("You are a gentleman and a scholar.", "A"),
    ("10/10 advice, worked first try, ty stranger", "A"),
    ("Bookmarked. Thank you for putting this together!", "A"),
    ("Your comment genuinely changed how I see my dad. Thank you.", "A"),
    ("Ah that makes sense now, cheers!", "A"),
    ("Big props to the dev for fixing this within a day.", "A"),
    ("THANK YOU for saying what we're all thinking", "A"),
    ("I'm so thankful I found this sub before my surgery.", "A"),
    ("Many thanks, this is exactly the source I needed for my essay.", "A"),
    ("Thanks for the follow-up, good to know it worked out.", "A"),
    ("Thanks for coming to my TED talk.", ""),
    ("Thanks for the heart attack, I thought that was a real spider.", ""),
    ("Nobody ever thanks the bus drivers who work Christmas Day.", ""),
    ("I get a 'thanks!' text every time I pay my bill, it's weird.", ""),
    ("Grateful? For this government? Hardly.", ""),
    ("We owe the nurses more than a round of applause.", ""),
    ("Sorry about the formatting, I'm on mobile.", "P"),
    ("Mea culpa, I linked the wrong study.", "P"),
    ("Sorry man, I didn't mean to come off so harsh.", "P"),
    ("I apologise for my earlier tone, it was out of order.", "P"),
    ("I feel awful that I snapped at you yesterday.", "P"),
    ("Sorry, where's the setting for dark mode?", ""),
    ("So sorry for your loss, he sounds like he was a wonderful man.", ""),
    ("I feel bad for the guy honestly, he got roasted.", ""),
    ("My sister still hasn't apologised for ruining my wedding.", ""),
    ("No need to apologise, we all start somewhere.", ""),
    ("Sorry if this is a repost, I searched but couldn't find it.", "P"),
    ("Sorry not sorry for the spam of cat pics.", ""),
    ("Sorry, I misunderstood, and thanks for being patient with me.", "AP"),
    ("Apologies for the delay in replying, and thank you for the update.", "AP"),
    ("Thanks ever so much for calling, Mrs Okafor.", "A"),
    ("Yep, got that, thanks. And, um, what's the postcode?", "A"),
    ("Thank you for your patience whilst we investigated.", "A"),
    (
        "We really appreciate the feedback, Sam, and we're glad the new timer works for you.",
        "A",
    ),
    ("@GreenLine_Help legends, the replacement bike was here by 9am 🙏", "A"),
    ("Thank you for telling me that, I know it wasn't easy.", "A"),
    ("We're so grateful to have customers like you.", "A"),
    ("It's been a pleasure helping you today.", "A"),
    ("Your patience has been amazing, truly.", "A"),
    ("Cheers for sending that through so quickly.", "A"),
    ("Thank you for flagging the error on our website.", "A"),
    ("I just want to say how much we value you as a member.", "A"),
    ("Thanks, you too! Have a lovely evening.", "A"),
    ("Thank you for staying with us, we hope to see you again.", "A"),
    ("Thanks to the recent storms, some deliveries are running late.", ""),
    ("The customer was very appreciative of the quick fix.", ""),
    ("If you could send the receipt, that would be appreciated.", ""),
    ("Don't forget to thank your referee in the email.", ""),
    ("Please leave the parcel with a neighbour.", ""),
    ("Your booking reference is on the confirmation email.", ""),
    ("I'm really sorry, that should never have been charged.", "P"),
    ("We owe you an apology for how this was handled.", "P"),
    ("Sorry, that's my mistake, the refund was for £40 not £14.", "P"),
    ("We got your order wrong and we'll put it right today.", "P"),
    ("Apologies for any confusion our last email caused.", "P"),
    ("Sorry, is that with a C or a K?", ""),
    ("I'm sorry, but our engineers don't work weekends.", ""),
    ("I'm sorry you were kept waiting so long on the phone.", "P"),
    ("Thank you for your patience, and sorry that it has taken three visits.", "AP"),
    ("Sorry for the trouble today, and thank you for being so understanding.", "AP"),
]


FIFTH_BLOCK: list[tuple[str, str]] = [
    ("Marking this solved. Thanks everyone who chimed in!", "A"),
    ("Thx a ton, the registry fix did it.", "A"),
    ("Huge appreciation for the folks who maintain this wiki.", "A"),
    ("You're a star for writing all this up.", "A"),
    ("Ok, that worked. You've saved me a trip to the repair shop.", "A"),
    ("Really grateful for the replies, I feel less alone with this.", "A"),
    ("Thanks heaps, legend.", "A"),
    ("thank u so much omg", "A"),
    ("Appreciate y'all, seriously.", "A"),
    ("Thanks, that's all I needed to hear.", "A"),
    ("Thanks for nothing, customer support.", ""),
    ("Oh thanks, another firmware update that bricks my router.", ""),
    ("Remember to thank your nurses, they hear it far too rarely.", ""),
    ("Half the thank-you notes I wrote never got sent.", ""),
    ("Thanks to the heatwave my tomatoes are done for.", ""),
    ("No thank you, I've had enough drama for one year.", ""),
    ("Apologies for the necro, but this is still the top search result.", "P"),
    ("Sorry, my mistake, it's the blue wire not the red.", "P"),
    ("I was rude in my last reply and I'm sorry about that.", "P"),
    ("Yeah, that was a dumb take on my part.", "P"),
    ("Sorry, which version are you running?", ""),
    ("I'm sorry for your loss, losing a pet is brutal.", ""),
    ("I kinda feel sorry for the actor, the script was awful.", ""),
    ("He said sorry but kept doing it.", ""),
    ("You don't have to apologise for being sad.", ""),
    ("Sorry but no, that's not what the study says.", ""),
    ("Sorry for the wall of text, and thanks if you read this far.", "AP"),
    ("Thanks for catching that, I'm sorry I missed it.", "AP"),
    ("Thank you for contacting the Help Desk. Your ticket has been logged.", "A"),
    ("Thanks for your message, Chloe! We'll be in touch within 24 hours.", "A"),
    ("Okay. Thank you. Um, and is there anything else I can help with today?", "A"),
    ("We really appreciate you giving us a second chance.", "A"),
    ("Thank you for sharing that with me, it sounds like it's been a heavy week.", "A"),
    ("I'm grateful you reached out tonight.", "A"),
    ("Thanks for the photos, they show the damage clearly.", "A"),
    ("Cheers, that's everything I need from you.", "A"),
    ("Thank you for shopping with us, see you soon!", "A"),
    ("@rob_m that's so kind of you to say, thank you! 💛", "A"),
    ("Thanks again for your help earlier.", "A"),
    ("We're thankful for every member who renewed this year.", "A"),
    ("Thanks to a fault on the line, your broadband may drop in and out.", ""),
    ("The engineer was thanked by the customer, according to the notes.", ""),
    ("Would appreciate it if you could confirm by Friday.", ""),
    ("Please send a thank-you card to the donor on our behalf.", ""),
    ("Please keep your receipt as proof of purchase.", ""),
    ("Your account has been updated.", ""),
    ("I apologise for the error on your statement; it's been corrected.", "P"),
    ("Sorry about that, I must have typed the address wrong.", "P"),
    ("We're really sorry your delivery was missed again.", "P"),
    ("That's completely our fault and I'll make sure it doesn't happen again.", "P"),
    ("Apologies, our phone lines were down this morning.", "P"),
    ("I'm sorry it's taken us this long to reply.", "P"),
    ("Sorry, could you confirm the last four digits of the card?", ""),
    ("Sorry, but we don't offer refunds on sale items.", ""),
    ("I'm sorry you feel we've been unhelpful.", ""),
    ("I'm so sorry to hear about your mum; take all the time you need.", ""),
    ("Sorry for the delay, and thanks for bearing with us.", "AP"),
    ("Thanks for your patience, and again, I'm sorry we got this wrong.", "AP"),
    ("Much obliged for the quick reply.", "A"),
    ("Sorry, the line went quiet there, are you still with me?", ""),
]


BLOCKS = {
    "first": FIRST_BLOCK,
    "second": SECOND_BLOCK,
    "third": THIRD_BLOCK,
    "fourth": FOURTH_BLOCK,
    "fifth": FIFTH_BLOCK,
}
#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.97, 0.93, 0.96),
    ("first", "P"): (0.97, 0.97, 0.97),
    ("second", "A"): (0.94, 0.94, 0.94),
    ("second", "P"): (0.85, 0.97, 0.91),
    ("third", "A"): (0.97, 0.97, 0.97),
    ("third", "P"): (0.85, 0.97, 0.91),
    ("fourth", "A"): (0.94, 0.94, 0.94),
    ("fourth", "P"): (0.97, 0.97, 0.97),
    ("fifth", "A"): (0.94, 0.97, 0.96),
    ("fifth", "P"): (0.97, 0.97, 0.97),
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
    "a friend's ring lost with us": (
        "I'm sorry you lost your friend's ring in our hotel.",
        "P",
        True,
    ),
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
    "a team's thanks relayed": ("Our whole team says thank you for your support.", "A", True),
    "thanks to a third party said": ("I want to say thanks to the nurses on ward 5.", "A", True),
    "an impersonal cause: demand": ("Thanks to popular demand, the show is back.", "A", False),
    "thanks relayed to a colleague": ("I'll be sure to thank Priya for you.", "A", False),
    "an apology reported: the CEO": (
        "The airline's CEO publicly apologised last week.",
        "P",
        False,
    ),
    "sorry, not following": ("Sorry, I'm not sure I understand the question.", "P", False),
    "sorry you're moving": ("Sorry to hear you're leaving the area.", "P", False),
    "a Reddit idiom of thanks": ("Sir, you are a scholar and a gentleman.", "A", True),
    "mock thanks for a scare": ("Thanks for the jumpscare, I nearly dropped my phone.", "A", False),
    "gratitude questioned": ("Thankful? After the week I've had?", "A", False),
    "gratitude reported of a customer": ("The guest was so grateful she cried.", "A", False),
    "gratitude relayed to you": ("The client was so grateful for your help.", "A", True),
    "a request: that would be appreciated": (
        "If someone could check the logs, that would be appreciated.",
        "A",
        False,
    ),
    "an order got wrong": ("We got the delivery address wrong.", "P", True),
    "the wrong item received": ("I got the wrong size in the post.", "P", False),
    "an apology withheld by a relative": ("My brother never apologised for it.", "P", False),
    "a shield: staff don't": ("Sorry, but our drivers don't carry change.", "P", False),
    "a request with no subject": ("Would appreciate it if you could call me.", "A", False),
    "a slip on my part": ("That was a careless comment on my part.", "P", True),
    "never forgive myself": ("I don't think I'll ever forgive myself for that.", "P", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    text, flag, expected = KINDS[kind]
    found = detect(text, "", behaviours=(BEHAVIOURS[flag],))
    assert bool(found) is expected, text
