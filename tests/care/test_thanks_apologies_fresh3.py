"""A third fresh check for `expresses_appreciation` (A) and `apologies` (P), written in
the third round of 23 November 2026 after counting the development errors of the
GoEmotions comments by kind, so that it covers wording the first two checks
(`test_thanks_apologies_fresh2.py`, the service tests) do not: e-mail formulae
("Thanking you in anticipation", "With thanks"), stretched and clipped spellings
("thaaanks", "tnx"), thanks in other languages ("gracias", "merci"), thanks as praise of
the helper ("you're an angel", "you saved my bacon", "what would I do without you"),
"glad I could be of help", thanks to a third party after an adjective ("massive thanks to
the guy who..."), owned slips that never say sorry ("I completely overlooked your
email", "hands up, that was our mistake", "that was careless of me"), and the look-alikes
the development errors are made of: relief, greetings, wishes, praise, "welcome to the
internet", sarcasm, hedges ("I'm sorry but..."), "no idea, sorry", talk about apologies,
condolence for a relative.

Labelling conventions are those of the second check (thanks wherever it is meant, also
to a third party or softening a refusal; an apology is regret for one's own or the
company's part, or "sorry" about a wrong the other person lived through; condolence,
pity, repairs, sarcasm and reported or refused apologies are neither). Praise alone
("well said", "good job") and wishes ("good luck", "happy cake day") are not thanks.

Development errors counted before writing (GoEmotions part of the dev split, 13,329
comments; a row goes to the first kind it fits). Appreciation misses (269): wishes
("good luck", "happy cake day", "have a good one") 62, "glad" 48, praise without
thanks ("well said", "good job") 43, "welcome to <place>" and greetings 29, relief
("thank god", "thankfully") 24, thanks mentioned, sarcastic or causal 10, "no thank
you" 5, and 48 others, nearly all without any thanks in them (fewer than five are
thanks in words the lexicon lacked, "you are an absolute gem"). How the raters read
those kinds across the whole source: "good luck" 27 ticked against 36 not, "happy cake
day / birthday / new year" 12 against 33, "welcome to" 17 against 6, "glad" 53 against
80, "thank god/goodness" 14 against 1. Appreciation false alarms (82): "congrats" 26,
"appreciate" 22, thanks the raters did not tick 17, other lexicon phrases 17.
Apology false alarms (127): a real apology next to a thanks, which the raters filed
under gratitude, 30 (of 43 such rows); own slips ("my bad": 15 of 22 not ticked) 26;
sympathy ("so sorry that happened to you") 21; hedges and "no, sorry" 10; talk about
apologies or regret 8; other plain "sorry" remarks 32. Apology misses (82): guilt or
regret in the third person 19, condolence ("sorry for your loss": 13 ticked against 9)
13, pity ("I feel sorry for him") 10, "sorry not sorry" and repairs 11, and 29 with no
apology words at all. The hedges stay apologies ("I'm sorry but ..." is ticked 31 times
against 5, "don't know, sorry" 8 against 2); relief and condolence stay out, as the
conventions above and the earlier rounds' tests read them; none of these is chased.

First read of the first block (166 rows, labelled before any detector read it):
A F1 0.74 (P 0.83, R 0.66), P F1 0.80 (P 0.70, R 0.93). After the lexicon work it guided:
A F1 0.93 (P 0.92, R 0.94), P F1 0.87 (P 0.78, R 0.98). The rows still wrong are left in
on purpose: praise the development raters do not call thanks ("I applaud you", "take my
upvote", "shoutout to..."), hedges and "no idea, sorry" which they do call apologies,
sarcasm that needs the situation ("another hour on hold, just what I needed").

The second block (64 rows: hotel and airline replies, chat, e-mail, comments) was written
after that work and labelled before it was run; two labels were corrected while writing,
before the first run (a sarcastic "congrats, you played yourself" and a "sorry, we're out
of stock" that softens a no, both typed with the wrong flag). First read: A F1 0.90
(P 0.85, R 0.96), P F1 0.88 (P 0.82, R 0.95), the same as the lexicons of that
morning read it: the first block's work did not carry over to it. From its misses:
"your help meant a lot" thanks without "to me"; "can't appreciate how big..." is not
thanks; "feel terrible for not getting back to you" apologises; "sorry, but you'll need
to bring ID" is a shield; "he thanks nobody" and "nobody's sorry" are neither. After:
A 0.96, P 0.95. Left in: sarcastic congratulations, "I'd appreciate some honesty", a
stock-out "sorry" and an apology reported about someone else, which the development
raters tick.
"""

from __future__ import annotations

import pytest

from .test_thanks_apologies_fresh2 import BEHAVIOURS, assert_floor

#: (line, the behaviours it shows: A appreciation, P apology); labelled before the
#: lexicon work it then guided.
FIRST_BLOCK: list[tuple[str, str]] = [
    # thanks in forms the lexicons may not know: e-mail formulae, spellings, slang
    ("Thanking you in anticipation of a quick reply.", "A"),
    ("Thanking you, Ramesh", "A"),
    ("With thanks, the accounts team", "A"),
    ("Thanks kindly for the directions.", "A"),
    ("Thank you kindly, that's sorted my problem.", "A"),
    ("thanks a ton for the link!", "A"),
    ("Thanks loads, will report back.", "A"),
    ("thx a bunch, works now", "A"),
    ("thaaanks, you're amazing", "A"),
    ("thank youuuu this is perfect", "A"),
    ("tnx for the tip", "A"),
    ("thnks, found it", "A"),
    ("Gracias amigo, it worked.", "A"),
    ("Merci for the quick reply!", "A"),
    ("Danke, that solved it.", "A"),
    ("Appreciate it, fam.", "A"),
    ("Appreciate ya, you're a good egg.", "A"),
    ("Much appreciation to the mods for keeping this place sane.", "A"),
    ("Big thank u to everyone who voted", "A"),
    ("I'm indebted to you for catching that error.", "A"),
    ("I'm eternally grateful, you kept my dog alive.", "A"),
    ("You're a gem, thanks for the spare charger.", "A"),
    ("You're an absolute legend for fixing my invoice at 11pm.", "A"),
    ("You're an angel, I'd have missed the flight without you.", "A"),
    ("You saved my bacon with that workaround.", "A"),
    ("What would I do without you guys.", "A"),
    ("You're a godsend, honestly.", "A"),
    ("I applaud you for taking the time to write all this out.", "A"),
    ("Respect to the bus driver who waited for me.", "A"),
    ("Take my upvote, you earned it with that explanation.", "A"),
    ("Many thanks in advance for looking into this.", "A"),
    ("Thanks and regards, Helen", "A"),
    ("Thank you for contacting Brightline support.", "A"),
    ("Thanks for reaching out to us about the outage.", "A"),
    ("Thanks so much for being patient with me on this call.", "A"),
    ("Thank you for bringing this to our attention.", "A"),
    ("We truly appreciate your feedback on the new app.", "A"),
    ("Thank you for shopping with us!", "A"),
    ("Thanks for holding, I've found your booking.", "A"),
    ("Massive thanks to the guy in the yellow jacket who jumped my car.", "A"),
    ("Shoutout to my neighbour for taking in the parcel, cheers!", "A"),
    ("Good on you for sharing this, thank you.", "A"),
    ("Props for the detailed write-up.", "A"),
    ("Congrats on the new job, you earned it!", "A"),
    ("Welcome aboard, we're glad to have you with us.", "A"),
    ("My pleasure, enjoy the rest of your day.", "A"),
    ("You're more than welcome, it was no trouble.", "A"),
    ("Glad I could be of help!", "A"),
    ("Happy to have helped, ping me if it breaks again.", "A"),
    ("Thank you both, this thread cleared it up.", "A"),
    ("Ok thanks, I'll try that", "A"),
    ("Ah thank you, I was looking for this.", "A"),
    ("much love for the silver award, whoever sent it, thank you", "A"),
    ("Grateful for this community, seriously.", "A"),
    ("I really appreciate everyone's advice here.", "A"),
    ("We appreciate your business and hope to see you again.", "A"),
    ("Thanks for the laugh, needed that today.", "A"),
    ("Thank you for the kind words about our team.", "A"),
    ("Cheers for explaining, makes sense now.", "A"),
    ("Wow, thank you, that's so generous.", "A"),
    # look-alikes counted in the dev misses: relief, greetings, wishes, praise, sarcasm
    ("Thank god it was only a scratch.", ""),
    ("Thankfully the train was late too.", ""),
    ("Thank goodness the fridge is still under warranty.", ""),
    ("Good luck with the interview tomorrow!", ""),
    ("Best of luck with the move.", ""),
    ("Happy cake day!", ""),
    ("Happy birthday, have a great one!", ""),
    ("Have a nice evening.", ""),
    ("Welcome to the internet, where nothing is true.", ""),
    ("Welcome to adulting, it only gets worse.", ""),
    ("Welcome back, how was the holiday?", ""),
    ("Hello and welcome, how can I help you today?", ""),
    ("Well said.", ""),
    ("Great point, hadn't thought of that.", ""),
    ("Good job on the build, it looks clean.", ""),
    ("So glad you're safe after the crash.", ""),
    ("I'm glad the storm missed your town.", ""),
    ("No problem at all.", ""),
    ("No worries, it happens.", ""),
    ("Thanks a lot, you just spoiled the ending for everyone.", ""),
    ("Thanks for the spoiler, jerk.", ""),
    ("Oh thanks, another hour on hold, just what I needed.", ""),
    ("I had to thank the courier myself since nobody else did.", ""),
    ("Don't forget to thank your bus driver.", ""),
    ("They want a thank you note for a broken dishwasher?", ""),
    ("Thanks to the strike, my parcel is stuck in Leeds.", ""),
    ("I'd appreciate a callback before noon if possible.", ""),
    ("You're welcome to bring your own bags.", ""),
    ("The painting appreciated threefold at auction.", ""),
    ("I appreciate that it's a busy time of year for you.", ""),
    ("Nobody appreciates the night shift.", ""),
    ("He was grateful to be alive, he said.", ""),
    ("She should be grateful she still has a job.", ""),
    ("No thanks, I'll pass on the extended warranty.", ""),
    ("The thank-you emails go out automatically.", ""),
    ("Your account has been credited with 200 points.", ""),
    # apologies in forms the lexicon may not know
    ("I do apologise, that's not the answer I should have given you.", "P"),
    ("My sincere apologies for the delay in replying.", "P"),
    ("Please excuse the slow response, we've had a busy week.", "P"),
    ("Forgive the late reply, I was offline.", "P"),
    ("Hands up, that was our mistake.", "P"),
    ("We owe you an apology for the way your complaint was handled.", "P"),
    ("Our sincerest apologies for the missed collection.", "P"),
    ("Sorry for the faff with the login codes.", "P"),
    ("Sorry about the kerfuffle at the check-in desk.", "P"),
    ("Apologies for any inconvenience caused by the outage.", "P"),
    ("I was out of line yesterday, I'm sorry.", "P"),
    ("I shouldn't have said that, it was rude.", "P"),
    ("Whoops, my fault, I copied the wrong address.", "P"),
    ("I completely overlooked your second email.", "P"),
    ("I'm ashamed of how I spoke to you on the phone.", "P"),
    ("We regret to inform you that your booking could not be confirmed.", "P"),
    ("Pardon my French, but that delivery firm is useless.", "P"),
    ("Oops, posted this in the wrong sub, sorry mods.", "P"),
    ("Sorry for hijacking the thread, but does anyone know the opening times?", "P"),
    ("Sorry for the wall of text.", "P"),
    ("Ahh my bad, I misremembered the date.", "P"),
    ("My mistake, it's the 3rd not the 4th.", "P"),
    ("I'm so sorry, I completely forgot it was your birthday.", "P"),
    ("I'm sorry some people in this thread are being so cruel to you.", "P"),
    ("So sorry that happened, nobody should be treated like that.", "P"),
    ("Really sorry your order turned up damaged.", "P"),
    ("I'm sorry we couldn't get an engineer out sooner.", "P"),
    ("We're very sorry for the error on your statement.", "P"),
    ("Sorry it's taken me a while to get back to you.", "P"),
    ("We apologise that the lift was out of order during your stay.", "P"),
    ("Sorry we kept you waiting so long at the counter.", "P"),
    ("That was careless of me, sorry.", "P"),
    ("Sorry for snapping, it's been a rough week.", "P"),
    ("Sorry for the confusion, the sale ends Friday.", "P"),
    ("I was wrong to assume you'd seen the email, sorry about that.", "P"),
    ("Sincere apologies, I gave you the wrong extension.", "P"),
    # look-alikes counted in the dev false alarms: hedges, refusals, talk about apologies
    ("I'm sorry but that's the dumbest thing I've read all week.", ""),
    ("Sorry to break it to you, but your favourite band is overrated.", ""),
    ("I'm sorry, but you're completely missing the point.", ""),
    ("Sorry OP, but you're the problem here.", ""),
    ("No idea, sorry.", ""),
    ("Not sure, sorry.", ""),
    ("Sorry, can't help you there.", ""),
    ("Sorry, no, we're fully booked that night.", ""),
    ("He refuses to apologise for anything, ever.", ""),
    ("Apologising all the time is a habit I'm trying to break.", ""),
    ("The CEO's apology video was painfully scripted.", ""),
    ("She made him apologise to the waiter.", ""),
    ("I'm sorry, what?", ""),
    ("Excuse me, I was here first.", ""),
    ("Excuse me for having an opinion.", ""),
    ("I'm so sorry for your loss, she was a lovely woman.", ""),
    ("I'm sorry about your dad, thinking of you.", ""),
    ("I feel sorry for anyone who has to use that app.", ""),
    ("Sorry you're going through all this, it sounds exhausting.", ""),
    ("I regret nothing.", ""),
    ("You'll regret buying the cheap model.", ""),
    ("That was a sorry performance from the defence.", ""),
    ("Apology accepted, let's move on.", ""),
    ("He never apologized for the damage to my car.", ""),
    # both, and neither
    ("Sorry for the delay and thanks for bearing with us.", "AP"),
    ("My bad, thanks for the correction!", "AP"),
    ("Apologies for the mix-up, and thank you for spotting it.", "AP"),
    ("Thanks for flagging this, and sorry it slipped through.", "AP"),
    ("Oh, sorry I missed that, and thanks for pointing it out.", "AP"),
    ("Your refund was issued this morning.", ""),
    ("Could you send a photo of the damage?", ""),
    ("The engineer will arrive between 8 and 12.", ""),
    ("I've updated your address on the account.", ""),
    ("Which size were you after?", ""),
]


#: Written after that work and read once, before any further change.
SECOND_BLOCK: list[tuple[str, str]] = [
    ("Thank you for the warm welcome at check-in, Marco.", "A"),
    ("We're grateful you gave us a second chance after last time.", "A"),
    ("Thank you for staying on the line while I checked with the warehouse.", "A"),
    ("thanks for the detailed breakdown, saving this", "A"),
    ("cheers man, owe you a pint", "A"),
    ("Thx for the quick fix!! You guys rock", "A"),
    ("Appreciate the heads-up about the price rise.", "A"),
    ("I really appreciate how patient you were with my mum on the phone.", "A"),
    ("A heartfelt thank you to all the volunteers at the food bank.", "A"),
    ("Thanks for your feedback, it helps us improve.", "A"),
    ("Thank you for being a loyal customer for over ten years.", "A"),
    ("Kudos to whoever designed the new returns page.", "A"),
    ("Wow, you're a wizard, thank you!", "A"),
    ("This thread is gold, thanks everyone.", "A"),
    ("Thank you so so much, I was about to give up.", "A"),
    ("We're thankful to have such a supportive community.", "A"),
    ("Many thanks, I've passed this to our finance team.", "A"),
    ("Your help today really meant a lot.", "A"),
    ("Tysm, the tutorial finally makes sense", "A"),
    ("Thank you, and have a safe journey home.", "A"),
    ("thank god that's over, worst flight of my life", ""),
    ("Thankfully nobody was hurt.", ""),
    ("Congrats, you played yourself.", ""),
    ("Good luck getting a refund from them lol", ""),
    ("Welcome to customer service hell.", ""),
    ("Happy new year to all of you!", ""),
    ("That's a great tip, never knew that.", ""),
    ("Glad the heating's back on for you.", ""),
    ("He thanks nobody and blames everyone.", ""),
    ("Thanks to the new software, your bill now comes by email.", ""),
    ("I'd appreciate some honesty for once.", ""),
    ("You can't appreciate how big it is from the photos.", ""),
    ("No thanks needed, it's part of the job.", ""),
    ("Sorry, we're out of the blue ones until Tuesday.", ""),
    ("Apologies, I hit send too early.", "P"),
    ("I'm really sorry for the confusion about your tariff.", "P"),
    ("Sorry, I totally blanked on your name.", "P"),
    ("That's completely our error, and I've refunded the difference.", "P"),
    ("We regret that your flight was delayed by the crew shortage.", "P"),
    ("Sorry mate, didn't see you there.", "P"),
    ("So sorry for the radio silence, work's been mad.", "P"),
    ("I feel terrible for not getting back to you sooner.", "P"),
    ("Sorry to hear the courier left it in the rain.", "P"),
    ("My apologies, I should have read the whole thread first.", "P"),
    ("I really goofed on that estimate, sorry.", "P"),
    ("We're sorry for any upset our email may have caused.", "P"),
    ("Sorry, I know this isn't the news you were hoping for.", "P"),
    ("Please forgive the wait on the line today.", "P"),
    ("I owe the whole team an apology for my tone.", "P"),
    ("Sorry for your loss, she sounds like she was wonderful.", ""),
    ("I feel sorry for whoever has to clean that up.", ""),
    ("He apologised to the press, not to the victims.", ""),
    ("Sorry, what was the reference again?", ""),
    ("Do you want an apology or a refund?", ""),
    ("Excuse me, is anyone serving at this till?", ""),
    ("Sorry, but you'll need to bring photo ID.", ""),
    ("Nobody's sorry about anything in this company.", ""),
    ("Your parcel is at the depot.", ""),
    ("Can I take a contact number?", ""),
    ("The new tariff starts on the first of the month.", ""),
    ("Thank you for your patience and sorry for the long wait.", "AP"),
    ("Sorry about the mix-up, and thanks for being so nice about it.", "AP"),
    ("Thanks for catching my mistake, apologies!", "AP"),
    ("Apologies again, and thanks for your understanding.", "AP"),
]

#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.90, 0.92, 0.92),
    ("first", "P"): (0.75, 0.96, 0.85),
    ("second", "A"): (0.90, 0.97, 0.94),
    ("second", "P"): (0.87, 0.97, 0.93),
}
BLOCKS = {"first": FIRST_BLOCK, "second": SECOND_BLOCK}


@pytest.mark.parametrize(
    ("name", "flag", "floor"),
    [(name, flag, floor) for (name, flag), floor in FLOORS.items()],
    ids=[f"{name}-{BEHAVIOURS[flag]}" for name, flag in FLOORS],
)
def test_a_block_keeps_its_floor(name: str, flag: str, floor: tuple[float, float, float]) -> None:
    assert_floor(BLOCKS[name], flag, floor)


def test_the_blocks_are_big_enough_labelled_and_unique() -> None:
    assert len(FIRST_BLOCK) >= 150
    assert len(SECOND_BLOCK) >= 50
    lines = [text for block in BLOCKS.values() for text, _ in block]
    assert len(set(lines)) == len(lines)
    for block in BLOCKS.values():
        assert all(set(flags) <= set(BEHAVIOURS) for _, flags in block)
        for flag in BEHAVIOURS:
            share = sum(flag in flags for _, flags in block) / len(block)
            assert 0.2 <= share <= 0.45  # enough positives, and enough look-alikes
