"""A seventh fresh check for `expresses_appreciation` (A) and `apologises` (P), written in
the seventh round (23 November 2026, fifth session): blocks of 60 lines on thanks and
apologies by register (e-mail sign-offs, chat shorthand, "cheers", "ta", "🙏", forum
idioms, "that's on us", "my bad", "we regret") and their hard look-alikes, each labelled
by hand before any detector read it. Conventions are those of the earlier checks
(`test_thanks_apologies_fresh6.py`).

Labels follow the development sources' definitions (GoEmotions gratitude / remorse,
Switchboard thanking / apology). Three rows of the first block were written as
look-alikes and relabelled after its first read, once the development data showed that
its raters tick "you're welcome" (21 of 22), "welcome aboard" (15 of 21) and "congrats"
(82 of 110) as gratitude; the lexicon has counted them on purpose since the first round.
The first reads below are given with the labels as written and as corrected.

Decided this round (first and second blocks): not thanks: "cheers" as a goodbye after
leave-taking ("right, I'm off, cheers!"), gratitude as a condition ("we're grateful if
customers...") or expected of someone else ("you'd think they'd be thankful"). Not
apologies: regret as a formula for news where nobody failed ("we regret to inform you
that the course is full"; news of a failure stays an apology, as the third check has
it), sympathy closed by a get-well wish ("sorry to hear that, I hope she's feeling
better soon"), a shield naming a time limit that has passed ("sorry, but the deadline
for returns has passed") or a limit on things ("sorry, but gift cards can only..."),
refusing to apologise, sympathy for someone struggling or having a rough time (not
struggling with the service), "sorry, I didn't quite catch..."; apologies: "we really
should have warned you", "sorry, but I only just saw your message" (late, not a limit).
Third block: not thanks: thanks quoted and reported ('"thanks for your feedback" is all
they reply', 'the usual "thanks for contacting us" reply'), "I'll thank you to...",
gratitude as a topic ("being grateful doesn't pay the rent", "gratitude journals"),
thanks withheld ("not a word of thanks"), liking conceded ("I appreciate art as much as
the next guy, but..."). Fourth block: not thanks: thanks not needed ("we don't need
thanks"), a refusal after "thanks for asking" ("...but I'd rather not say"), an
appreciation event; not apologies: sympathy for a feeling ("sorry you're feeling so
low"), a recorded "sorry, the number you have dialled..."; apologies: a complaint not
handled well ("we didn't handle your complaint well").

First reads (F1 with precision and recall) and the read of the session's starting rules
(commit a933c47) of the same block:

- first block (60 rows): as written A 0.909 (P 0.83, R 1.00), P 0.914 (P 0.84, R 1.00);
  as corrected A 0.979 (P 0.96, R 1.00); the same by the starting rules. After: A 1.000,
  P 1.000.
- second block (60 rows, support e-mail, phone, brand tweets, forums, a support chat):
  A 0.952 (P 0.91, R 1.00), P 0.850 (P 0.77, R 0.94); the same by the starting rules.
  After: A 1.000, P 0.973.
- third block (59 rows read blind, Reddit threads, tweets, support chat; one neutral row
  added after): A 0.864 (P 0.76, R 1.00), P 0.944 (P 0.89, R 1.00); the same by the
  starting rules. After: A 1.000, P 0.944 (no apology rule changed: see below).
- fourth block (58 rows read blind, counselling chat, phone, e-mail, community forums;
  two neutral rows added after): A 0.857 (P 0.78, R 0.95), P 0.889 (P 0.84, R 0.94);
  the same by the starting rules. After: A 0.923, P 0.971.

Rows left wrong on purpose: "I'm sorry for you, honestly, that job sounds awful" (pity,
labelled as the detector's description has it; but the development raters tick "sorry
for you" 4 times in 5, so no rule takes it out); "I'm sorry, but that's just not how
vaccines work" and "sorry to bother you, but where's...?" (written as look-alikes; the
development sources' raters tick such rows, so they are left wrong rather than
fitted); in the fourth block "big shout out to Tomasz..., he went above and beyond"
(the raters do not tick "shout out to"), "our volunteers deserve more appreciation"
(they tick "deserves appreciation"), "I'd be thankful for any pointers" (a request,
which they tick once) and "I'm sorry, I'm going to have to stop you there" (an
imposition softened, as "sorry to bother you").

Across the four blocks the first read equalled the starting rules' read every time, as
in the sixth round: each block's look-alikes were new kinds, which the previous blocks'
fixes did not reach. Recall was 0.94-1.00 on every first read; precision (0.76-0.91) on
new look-alikes is where held-out data will cost.
"""

from __future__ import annotations

import pytest

from .test_thanks_apologies_fresh2 import BEHAVIOURS, assert_kind_reads, assert_labelled_block

#: (line, the behaviours it shows: A appreciation, P apology), labelled before any read.
FIRST_BLOCK: list[tuple[str, str]] = [
    # Register of thanks: e-mail, chat shorthand, forum idiom.
    ("Many thanks in advance for looking into this, Kind regards, Helen", "A"),
    ("Much obliged to you both for sorting the paperwork so quickly.", "A"),
    ("I'm very grateful for the extra week you gave us on the invoice.", "A"),
    ("Cheers mate, that sorted it.", "A"),
    ("ta, got it now", "A"),
    ("thx for the quick fix!!", "A"),
    ("ok ty, will try that tonight", "A"),
    ("tysm this worked perfectly", "A"),
    ("Refund landed this morning 🙏 you lot are brilliant", "A"),
    ("You're a lifesaver, the printer works again.", "A"),
    ("Honestly couldn't have done it without you guys.", "A"),
    ("The courier never turned up, but the lady on the phone was lovely, so thanks for that.", "A"),
    ("After three weeks of nothing, thank you Sam for finally getting my router swapped.", "A"),
    ("I just want to say how much I appreciate the way you handled my complaint.", "A"),
    # Ambiguous (admiration or thanks): "you kept us going" thanks them for a deed.
    ("Hats off to the night shift, you kept us going.", "A"),
    ("Thank you all so much for the birthday wishes yesterday!", "A"),
    # Look-alikes of thanks.
    ("Cheers to twenty years of marriage, love you babe!", ""),
    ("Right, I'm off, cheers!", ""),
    ("Thanks for nothing, seriously.", ""),
    ("No thanks, I'm not interested in the upgrade.", ""),
    ("Thanks to the storm, half the town has no power.", ""),
    ("Thank god that's over.", ""),
    ("I'd be grateful if you could send the form again.", ""),
    ("She just said 'thanks, I guess' and walked off.", ""),
    # Written as look-alikes, relabelled after the first read (see the docstring): the
    # development raters tick "you're welcome", "welcome aboard" and "congrats" as
    # gratitude (21 of 22, 15 of 21, 82 of 110), and the lexicon counts them on purpose.
    ("You're welcome, glad it helped!", "A"),
    ("Welcome aboard, Kofi, great to have you on the team.", "A"),
    ("Congrats on the new job!", "A"),
    ("Happy birthday, hope it's a good one.", ""),
    ("Good luck with the exam tomorrow.", ""),
    ("Please send the tracking number asap 🙏", ""),
    # Apologies by register.
    ("My apologies, I sent you the wrong link.", "P"),
    ("Apologies for the wait, we're short-staffed today.", "P"),
    ("We regret the disruption this caused to your journey.", "P"),
    ("That's on us, we should have told you the store was closing early.", "P"),
    ("My bad, I thought you meant the other branch.", "P"),
    ("Oops, my mistake, the total is £42 not £24.", "P"),
    ("I owe you an apology for how I spoke to you on Monday.", "P"),
    ("We dropped the ball on your installation and I'm sorry.", "P"),
    ("Please forgive the delay in getting back to you.", "P"),
    ("That should never have happened, and I apologise.", "P"),
    ("Sorry I snapped at you earlier, it was a long day.", "P"),
    ("I feel terrible that I forgot to call you back.", "P"),
    # Look-alikes of apologies.
    ("Sorry, what?", ""),
    # Sympathy for someone's illness: the raters of one source would tick it as
    # "remorse"; this engine keeps it for `acknowledges_feelings` (see fresh6).
    ("Oh no, sorry to hear that, I hope he's feeling better soon.", ""),
    ("I'm not sorry I quit, best decision I ever made.", ""),
    ("I'm sorry you feel that way.", ""),
    ("Don't apologise, it's not your fault.", ""),
    ("There's no need to be sorry, these things happen.", ""),
    ("We regret to inform you that the event is fully booked.", ""),
    ("Sorry, which order number was that?", ""),
    ("He kept saying sorry but nothing changed.", ""),
    ("Sorry, but the deadline for returns has passed.", ""),
    # Both, and neither.
    ("Sorry for the mix-up and thanks for your patience.", "AP"),
    ("Oops, my bad, and cheers for spotting it.", "AP"),
    ("Thanks for flagging this and apologies that it slipped through.", "AP"),
    ("Many thanks for your understanding, and once again our apologies.", "AP"),
    ("Your appointment is confirmed for Thursday at 10.", ""),
    ("Could you pop the serial number in the chat?", ""),
    ("Have a lovely weekend!", ""),
    ("Let me check that for you now.", ""),
]


SECOND_BLOCK: list[tuple[str, str]] = [
    # Customers and agents thanking, in service registers.
    ("Hello, just wanted to drop a line to say the engineer was fantastic, thank you.", "A"),
    ("Great stuff, ta very much, I'll look out for the email.", "A"),
    ("Thank you ever so much, you've made this so much easier.", "A"),
    ("@SwiftRail thx for getting me on the later train, lifesaver", "A"),
    ("Again, a massive thank you to your returns team.", "A"),
    ("We're really grateful you took the time to fill in the survey.", "A"),
    ("The app still crashes, but I do appreciate you keeping me updated.", "A"),
    ("Okay, brilliant, thanks ever so much, bye now.", "A"),
    ("Mm-hm, yeah, no, that's great, thanks.", "A"),
    ("Please pass on my thanks to Deepa at the front desk.", "A"),
    ("Thanks heaps, I'll give the reset a go.", "A"),
    ("Appreciate ya, have a good one.", "A"),
    ("Thank you for being there last night, I don't think I'd have got through it otherwise.", "A"),
    ("We really appreciate your loyalty over the last ten years.", "A"),
    ("Thanks again for your order, Marta, enjoy the new boots!", "A"),
    ("Props to the guy in the warehouse who packed this, not a scratch on it.", "A"),
    # Look-alikes of thanks.
    ("I'd appreciate it if you stopped calling my mobile.", ""),
    ("Thanks to your 'upgrade' I can't log in at all.", ""),
    ("I appreciate that this isn't the answer you wanted.", ""),
    ("He didn't even say thanks when I held the door.", ""),
    ("The email just says 'Thank you for your patience' and nothing else.", ""),
    ("Grateful? I waited four hours on hold.", ""),
    ("Thanks but no thanks, I'll go elsewhere.", ""),
    ("We're grateful if customers return items within 14 days.", ""),
    ("Thanks to the new timetable, the 8:15 no longer stops here.", ""),
    ("You'd think they'd be thankful for the business.", ""),
    ("Enjoy your stay and see you at breakfast!", ""),
    ("Best of luck with the move next week.", ""),
    # Apologies in service registers.
    ("I do apologise, the price on the shelf was wrong.", "P"),
    ("Sincere apologies, your order slipped through the net.", "P"),
    ("We've made a real mess of your booking and I'm truly sorry.", "P"),
    ("Uh, sorry, sorry, I cut you off there, go ahead.", "P"),
    ("We owe you an apology, the engineer should have called ahead.", "P"),
    ("Ugh, I totally forgot to reply to your message, sorry!!", "P"),
    ("Sorry for the radio silence, it's been a hectic month.", "P"),
    ("Forgive me, I gave you the old opening times.", "P"),
    ("I'm sorry I wasn't more patient with you earlier.", "P"),
    ("We apologise for any inconvenience caused by the outage.", "P"),
    ("Our mistake entirely, the refund has now gone through.", "P"),
    ("Pardon the mess, we're halfway through a refit.", "P"),
    ("We really should have warned you about the roadworks.", "P"),
    ("Sorry it took three calls to get this sorted.", "P"),
    # Look-alikes of apologies.
    ("Sorry, are you still there?", ""),
    ("I'm sorry to hear you're struggling at the moment, that sounds really hard.", ""),
    ("Sorry, but refunds only go back to the card you paid with.", ""),
    ("I refuse to apologise for wanting my money back.", ""),
    ("The manager offered a half-hearted apology and left.", ""),
    ("Please, you don't need to apologise, it happens.", ""),
    ("Sorry, I didn't quite catch your postcode.", ""),
    ("Excuse me, is this the queue for returns?", ""),
    # Pity, as the detector's description has it; left wrong on purpose (see above).
    ("I'm sorry for you, honestly, that job sounds awful.", ""),
    ("You'll be sorry if you miss this deal.", ""),
    # Both, and neither.
    ("Thanks for your patience, Jo, and sorry again about the double charge.", "AP"),
    ("Apologies for the confusion and thank you for clarifying.", "AP"),
    ("Soz for the late reply, ta for the info.", "AP"),
    ("Thank you for bringing this to our attention; we got it wrong and we're sorry.", "AP"),
    ("Your parcel is with the courier and should arrive tomorrow.", ""),
    ("What's the best number to reach you on?", ""),
    ("I'll pop a note on your account.", ""),
    ("Is there anything else I can help with today?", ""),
]

THIRD_BLOCK: list[tuple[str, str]] = [
    # Thanks in comment threads, tweets and support chats.
    ("OP delivered, thank you for the update!", "A"),
    ("Bless you for posting the timestamps.", "A"),
    ("THANK YOU. Finally someone explains it without jargon.", "A"),
    ("Mad respect to the mods for cleaning up this sub so fast.", "A"),
    ("Genuinely appreciate everyone who replied to my post last week.", "A"),
    ("Your comment made me cry in a good way, thank you.", "A"),
    ("Cheers OP, saved me a trip to the garage.", "A"),
    ("ty for the heads up about the scam emails", "A"),
    ("Thank u sm for the advice!!", "A"),
    ("Thanks for listening, it really helped to get that off my chest.", "A"),
    ("I'm so thankful you reached out tonight.", "A"),
    ("Shoutout to the nurse who sat with my nan all night, thank you.", "A"),
    ("@GreenGas thanks for the super quick reply, all fixed now 👍", "A"),
    ("The wait was ridiculous, although the refund itself was painless, so thanks.", "A"),
    ("Grateful to have found this community.", "A"),
    # Look-alikes of thanks.
    ("Thanks a lot, now I can't unsee it.", ""),
    ("Thank you, Captain Obvious.", ""),
    ('"Thanks for your feedback" is all they ever reply.', ""),
    ("Thanks to autocorrect I just called my boss 'darling'.", ""),
    ("I'll thank you to keep your opinions to yourself.", ""),
    ("Being grateful doesn't pay the rent.", ""),
    ("Not a word of thanks from the council after all that.", ""),
    ("Gratitude journals never worked for me.", ""),
    ("Welcome to the internet, where nothing is ever deleted.", ""),
    ("Good luck getting a refund from them lol.", ""),
    ("Thank goodness for spellcheck.", ""),
    ("I appreciate art as much as the next guy, but this is ugly.", ""),
    ("Happy new year everyone!", ""),
    # Apologies in threads, tweets and support chats.
    ("Sorry guys, wrong sub.", "P"),
    ("Oh god, I'm so sorry, I read that completely wrong.", "P"),
    ("Retracting what I said, I misremembered the date.", "P"),
    ("Sorry if that came across as rude, it wasn't meant that way.", "P"),
    ("I regret every word I said to her that night.", "P"),
    ("Ngl I feel awful about ghosting you.", "P"),
    ("Apologies, I should have checked the FAQ first.", "P"),
    ("@dan_r that's totally on us, a replacement is on its way.", "P"),
    ("I'm so sorry I missed your call, I was in a meeting.", "P"),
    ("sry for the late reply, been sick", "P"),
    ("I'm sorry for snapping at you, you didn't deserve that.", "P"),
    ("Ahh my apologies, I missed the part where you said you'd tried that.", "P"),
    ("Excuse the typos, I'm on my phone.", "P"),
    # Look-alikes of apologies.
    ("Sorry, who asked?", ""),
    ("So sorry about your dog, he had a great life with you.", ""),
    # A correction behind "sorry, but": written as a shield; the development raters tick
    # "sorry, but" 28 times in 32, corrections too, so no rule takes it out (left wrong).
    ("I'm sorry, but that's just not how vaccines work.", ""),
    ("No one is sorry, they just got caught.", ""),
    ("You don't owe anyone an apology for setting boundaries.", ""),
    ("I felt sorry for the waiter having to deal with them.", ""),
    # Written as a politeness formula; Switchboard's raters tick "excuse me" (9 of 9),
    # so by their definition this apologises for an imposition (left wrong, as labelled).
    ("Sorry to bother you, but where's the nearest cash machine?", ""),
    ("Stop apologising, you're doing great.", ""),
    ("Sorry seems to be the hardest word for this government.", ""),
    ("I'm not apologising for liking pineapple on pizza.", ""),
    # Both, and neither.
    ("Thanks for the patience everyone, and sorry the stream kept dropping.", "AP"),
    ("Sorry this is so long, and thank you if you read it all.", "AP"),
    ("Omg sorry I forgot, thanks for the reminder!", "AP"),
    ("Apologies for the spam and thanks to all who replied.", "AP"),
    ("The patch notes are in the pinned post.", ""),
    ("Did you try clearing the cache?", ""),
    ("It depends on your region.", ""),
    ("Same thing happened to me last year.", ""),
    # Added after the first read, to make 60 rows (a neutral line: it moves no figure).
    ("Which firmware version are you on?", ""),
]

FOURTH_BLOCK: list[tuple[str, str]] = [
    # Thanks in counselling chats, phone calls, e-mails and community forums.
    ("Thanking you in anticipation, R. Patel", "A"),
    ("With thanks, the Accounts Team", "A"),
    ("Your help with the claim was hugely appreciated.", "A"),
    ("I'm indebted to you for chasing the insurer.", "A"),
    ("Lovely, that's smashing, thank you, bye bye.", "A"),
    ("Yeah, no, I really appreciate that, honestly.", "A"),
    ("Thank you for staying with me while the panic passed.", "A"),
    ("I'm glad you told me, and thank you for trusting me with it.", "A"),
    ("It's been such a rubbish week but talking to you tonight has helped, thanks.", "A"),
    ("Marked as solution, thanks @pixelpete!", "A"),
    ("Kudos to the support team for the weekend patch.", "A"),
    # Left wrong: the development raters do not tick "shout out to" (0 of 2).
    ("Big shout out to Tomasz in billing, he went above and beyond.", "A"),
    ("On behalf of the whole team, thank you for your custom this year.", "A"),
    ("Thank you for the photos, they make it much easier to assess the damage.", "A"),
    ("We're thankful for customers like you.", "A"),
    # Look-alikes of thanks.
    ("We don't need thanks, we just need the meter reading.", ""),
    ("He thanks nobody and blames everybody.", ""),
    ("Thanks for asking, but I'd rather not say.", ""),
    ("The letter ended with 'with thanks' but the tone was hostile.", ""),
    # Left wrong: the development raters tick "deserves appreciation".
    ("Our volunteers deserve more appreciation than they get.", ""),
    # A request, as earlier rounds decided; left wrong: the development raters tick
    # "would appreciate any..." (once), so no rule takes it out.
    ("I'd be thankful for any pointers, I'm completely lost.", ""),
    ("Thanks to a typo in the postcode, the parcel went to Leeds.", ""),
    ("Hello and welcome to the Northgate helpline.", ""),
    ("Take care of yourself this weekend.", ""),
    ("Wow, thanks for making me wait an hour for that answer.", ""),
    ("Happy to help if it happens again.", ""),
    ("Employee appreciation week starts Monday.", ""),
    ("Enjoy the rest of your evening.", ""),
    # Apologies in counselling chats, phone calls, e-mails and forums.
    ("I'm really sorry, I think I pushed too hard with that question.", "P"),
    ("I apologise if my last message felt dismissive, that wasn't my intention.", "P"),
    ("Er, sorry, I've given you the wrong extension, it's 4402.", "P"),
    ("Please accept my sincere apologies for missing our appointment.", "P"),
    ("We're sorry we couldn't fit you in this week.", "P"),
    ("That was a slip on our end, and it's fixed now.", "P"),
    ("Mods, apologies for the duplicate thread, please delete.", "P"),
    ("I take the blame for the mix-up with the invoices.", "P"),
    ("We're so sorry your delivery driver was rude to you.", "P"),
    ("Sorry, I was wrong, the setting is under Privacy not Security.", "P"),
    ("We didn't handle your complaint well and I want to put that right.", "P"),
    ("Our sincerest apologies for the error on your statement.", "P"),
    ("Oh gosh, sorry, I've been talking over you.", "P"),
    # Look-alikes of apologies.
    ("I'm sorry you're feeling so low tonight.", ""),
    ("Sorry, the number you have dialled is not recognised.", ""),
    ("Sorry, but your contract doesn't include breakdown cover.", ""),
    ("You keep apologising, but you've done nothing wrong.", ""),
    ("There's nothing to forgive.", ""),
    ("Sorry, just checking, is it the flat or the house?", ""),
    ("He said sorry about a hundred times.", ""),
    # An imposition softened, like "sorry to bother you" in the third block (left wrong).
    ("I'm sorry, I'm going to have to stop you there.", ""),
    ("Excuse me?! That's not what I said.", ""),
    # Both, and neither.
    ("Sorry I went quiet, and thank you for waiting for me.", "AP"),
    ("Thank you for your patience, we're sorry it's taken so long.", "AP"),
    ("My apologies and many thanks for your understanding.", "AP"),
    ("I'm sorry we got it wrong, and thanks for giving us the chance to fix it.", "AP"),
    ("How have you been sleeping since we last spoke?", ""),
    ("Your case reference is NX-2291.", ""),
    ("I'll call you back within the hour.", ""),
    ("What would make tomorrow a bit easier for you?", ""),
    # Added after the first read, to make 60 rows (neutral lines: they move no figure).
    ("Can you read me the number on the back of the meter?", ""),
    ("The next available slot is on the 14th.", ""),
]

BLOCKS = {
    "first": FIRST_BLOCK,
    "second": SECOND_BLOCK,
    "third": THIRD_BLOCK,
    "fourth": FOURTH_BLOCK,
}

#: (block, flag) -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[tuple[str, str], tuple[float, float, float]] = {
    ("first", "A"): (0.95, 0.95, 0.96),
    ("first", "P"): (0.95, 0.95, 0.96),
    ("second", "A"): (0.95, 0.95, 0.96),
    ("second", "P"): (0.92, 0.95, 0.95),
    ("third", "A"): (0.95, 0.95, 0.96),
    ("third", "P"): (0.86, 0.95, 0.92),
    ("fourth", "A"): (0.87, 0.92, 0.90),
    ("fourth", "P"): (0.92, 0.95, 0.95),
}


@pytest.mark.parametrize(
    ("block", "flag"), list(FLOORS), ids=[f"{b}-{BEHAVIOURS[f]}" for b, f in FLOORS]
)
def test_each_block_is_labelled_and_keeps_its_floor(block: str, flag: str) -> None:
    assert_labelled_block(BLOCKS[block], flag, FLOORS[block, flag])


def test_no_line_is_written_twice() -> None:
    lines = [text for block in BLOCKS.values() for text, _ in block]
    assert len(set(lines)) == len(lines)


#: One sentence for each kind this round decided, read alone:
#: kind -> (sentence, behaviour flag, whether the behaviour is there).
KINDS: dict[str, tuple[str, str, bool]] = {
    "cheers after leave-taking": ("Okay, gotta run, cheers!", "A", False),
    "cheers after a see-you": ("See you at the depot, cheers.", "A", False),
    "cheers closing thanks": ("Got the invoice, cheers!", "A", True),
    "regret to inform: nobody failed": (
        "We regret to inform you that your application was unsuccessful.",
        "P",
        False,
    ),
    "regret to inform: we failed": (
        "We regret to inform you that your table could not be held.",
        "P",
        True,
    ),
    "regret owned": ("We regret the mix-up with your course dates.", "P", True),
    "sympathy with a get-well wish": (
        "Sorry to hear that, I hope your son gets well soon.",
        "P",
        False,
    ),
    "sorry for a failure, then a hope": (
        "Sorry to hear the heater failed again, I hope the new part fixes it.",
        "P",
        True,
    ),
    "a shield: the window has passed": (
        "Sorry, but the cooling-off period has passed.",
        "P",
        False,
    ),
    "sorry, then our own slip": ("Sorry, but the delay was our fault.", "P", True),
    "a shield: bare plural, only": (
        "Sorry, but vouchers can only be used online.",
        "P",
        False,
    ),
    "sorry, but I only just saw it": ("Sorry, but I only just saw your message.", "P", True),
    "should have, with an adverb": ("I definitely should have told you sooner.", "P", True),
    "say again: didn't quite catch": ("Sorry, I didn't quite hear the last bit.", "P", False),
    "sympathy: struggling": ("Sorry to hear you're having a rough week.", "P", False),
    "struggling with our service": (
        "Sorry to hear you're struggling to log in to the app.",
        "P",
        True,
    ),
    "an apology refused": ("I'm declining to apologise for the review.", "P", False),
    "thanks as a condition": ("We're thankful if visitors keep dogs on leads.", "A", False),
    "thanks expected of others": ("Customers would be thankful for clearer signs.", "A", False),
    "thanks expected: you'd think": ("You'd think he'd be grateful for the lift.", "A", False),
    "thanks quoted, then reported": (
        '"Thank you for your patience" was the whole reply.',
        "A",
        False,
    ),
    "thanks quoted after a determiner": (
        'I got the usual "thanks for contacting us" auto-reply.',
        "A",
        False,
    ),
    "I'll thank you to": ("I'll thank you to stop ringing after nine.", "A", False),
    "gratitude as a topic": ("Feeling grateful won't fix my boiler.", "A", False),
    "a gratitude practice": ("My therapist suggested a gratitude list.", "A", False),
    "thanks withheld": ("Not so much as a word of thanks from him.", "A", False),
    "liking conceded": (
        "I appreciate jazz as much as anyone, but that set was dull.",
        "A",
        False,
    ),
    "thanks with a but": ("I appreciate the help, but I'm still stuck.", "A", True),
    "thanks not needed": ("Honestly, we don't need any thanks.", "A", False),
    "a refusal after thanks for asking": (
        "Thank you for the offer, but I'd prefer not to.",
        "A",
        False,
    ),
    "an appreciation event": ("The customer appreciation evening is on Friday.", "A", False),
    "a complaint not handled well": (
        "We didn't deal with your refund properly.",
        "P",
        True,
    ),
    "sympathy for a feeling": ("Sorry you've been feeling so anxious lately.", "P", False),
    "a number not recognised": (
        "Sorry, the extension you have dialled is not available.",
        "P",
        False,
    ),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    assert_kind_reads(*KINDS[kind])
