"""An eleventh fresh check for `expresses_appreciation`, written in the tenth round (24
November 2026, fifteenth session) after both blocks of `test_thanks_fresh10.py` had been
read and the rules changed for them, in the same registers: hotel and restaurant
owners' replies to reviews, bank and insurance e-mails, gaming-support forums,
peer-support chats and SMS-style replies. Labelled by hand before any detector read it,
with the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit 055e303) of the same block, read once for the estimate of how the round's rules
carry over: 0.831 (P 0.77, R 0.90); the starting rules 0.783 (P 0.69, R 0.90). Four of
the starting rules' look-alikes were kinds the round had reached (a scare-quoted
"'swift' response", "I do appreciate that, but … can't", "although we appreciate…",
"I don't feel thankful"); eight look-alikes and three misses were not: sarcasm in new
shapes ("thanks for the upgrade that made the app twice as slow", "cheers for putting
the price up again", "great job, thanks for muting voice chat", "thanks, I guess, for
finally answering", "oh thanks <bank>, another fee"), "we appreciate your loyalty;
however…", gratitude as the subject of talk ("gratitude is hard when…"), "not
interested in the offer, thanks"; missed "u have no idea how much that message meant to
me", "you're such a kind soul for checking on me", "cheers hun".

Mended after the read, by kind: "not interested in <the offer>, thanks" (a refusal, as
"not interested, thanks"); "thanks <name>, another fee" (a vocative before the next
harm); gratitude as the subject of talk ("gratitude is hard when…"; "gratitude is owed
to…" stays thanks); "you have no idea / you'll never know how much that <noun>
meant"; "such a kind soul / lovely person for <doing>"; "cheers" with an endearment
("hun", "babe"). After: 0.923 (P 0.86, R 1.00); dev 0.934 with no row changed; the
earlier checks 2,135 of 2,164 right. Left: sarcasm with no cue ("thanks for the upgrade
that made the app twice as slow", "great job, thanks for muting voice chat for
everyone", "thanks, I guess, for finally answering", "cheers for putting the price up
again") and "we appreciate your loyalty; however…" ("we appreciate your patience;
however, the wait may be longer" is the same shape and still thanks the customer).
Three rows, read right, were reworded after the read because earlier checks held them
word for word ("No thanks, I'll keep my current tariff.", "Thank goodness the flight
wasn't cancelled.", "Did you try clearing the cache?").
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: owners' replies to reviews.
    (
        "Hi Annika, thank you for celebrating your engagement with us; the staff loved being"
        " part of it.",
        "A",
    ),
    ("What a wonderful review to wake up to, we're very grateful.", "A"),
    ("Many thanks for your patience on the night the dishwasher flooded the kitchen.", "A"),
    ("Your kind words have been pinned up in the staff room, thank you!", "A"),
    ("We truly appreciate you giving us a second chance after last year's visit.", "A"),
    ("Thanks for flagging the cold radiator in room 12, Mr Bello; it's been replaced.", "A"),
    # Thanks: bank and insurance e-mails.
    ("Thank you for completing the security check. Your card is now unblocked.", "A"),
    ("We appreciate you getting in touch about the missing direct debit.", "A"),
    (
        "The adjusted premium will show on your next statement.\n\nAny questions, just reply"
        " here.\n\nBest wishes, and thanks again for your patience,\nMarcus\nHome Claims |"
        " Brightwater Insurance\nOpening hours: Mon-Fri 8am-6pm",
        "A",
    ),
    ("Thank you for being a policyholder with us since 2009.", "A"),
    ("With gratitude,\nThe Customer Care Team", "A"),
    # Thanks: gaming-support forums.
    ("Big thanks to the GM who stayed online to roll back my lost mount.", "A"),
    ("Appreciate you guys hotfixing the audio bug so fast.", "A"),
    ("ty for the reply, reinstalling the shaders worked", "A"),
    ("cheers for the patch notes, very clear this time", "A"),
    ("You absolute legend, the controller mapping works now.", "A"),
    # Thanks: peer-support chats.
    ("Thanks for holding space for me tonight, I really needed it.", "A"),
    ("I'm grateful for every one of you who reached out.", "A"),
    ("honestly u have no idea how much that message meant to me", "A"),
    ("I appreciate you not judging me for relapsing.", "A"),
    ("You're such a kind soul for checking on me every morning.", "A"),
    # Thanks: SMS-style replies, and thanks to a third party.
    ("thank youuu x", "A"),
    ("ta love, see you at 7", "A"),
    ("cheers hun 😘", "A"),
    ("Ah brill, thank you!", "A"),
    ("Thnx, got the keys", "A"),
    ("Can you pass on our thanks to the housekeeper who found my ring?", "A"),
    ("Huge thanks to the two lads from the recovery van.", "A"),
    ("That's so thoughtful of you to send flowers.", "A"),
    ("We can't thank you enough for your loyalty.", "A"),
    # Look-alikes: sarcasm.
    ("Thanks for the upgrade that made the app twice as slow.", ""),
    ("Cheers for putting the price up again, loyal customer of ten years here.", ""),
    ("Thank you for your 'swift' response of three weeks.", ""),
    ("Great job, thanks for muting voice chat for everyone.", ""),
    ("Thanks, I guess, for finally answering after a month.", ""),
    ("Oh thanks Natwest, another fee for breathing.", ""),
    # Look-alikes: a concession before a no.
    (
        "We appreciate your loyalty; however, the promotional rate is for new customers only.",
        "",
    ),
    ("I do appreciate that, but I'm afraid the table can't be held past 8.", ""),
    ("Although we appreciate the feedback, the portion sizes will stay as they are.", ""),
    # Look-alikes: thanks quoted, reported, withheld, or as a topic.
    ("You replied 'thanks a lot' but the chat log shows the refund failed.", ""),
    ("Our manager thanked the whole team at the briefing.", ""),
    ("She was so appreciative of the upgrade that she booked again.", ""),
    ("I don't feel thankful, I feel exhausted.", ""),
    ("Nobody on the forum even said thanks for the guide.", ""),
    ("A thank-you email will follow once the survey is complete.", ""),
    ("Gratitude is hard when you're this low.", ""),
    ("We've launched a customer appreciation week with 20% off.", ""),
    # Look-alikes: requests, cause, refusals and relief.
    ("We'd be grateful if you could complete the enclosed claim form.", ""),
    ("Thanks to the bank holiday, your transfer will arrive on Tuesday.", ""),
    ("No thanks, I'm happy on my current tariff.", ""),
    ("Not interested in the credit card offer, thanks.", ""),
    ("Thank goodness the ferry wasn't cancelled.", ""),
    ("Thankfully, the claim was approved.", ""),
    # Neutral lines from the same registers.
    ("Your policy renews automatically on 1 June.", ""),
    ("The kitchen closes at 9:30pm on Sundays.", ""),
    ("Please restart the launcher and log in again.", ""),
    ("omw, 5 mins", ""),
    ("Your new PIN will arrive separately by post.", ""),
    ("Have you tried clearing the game cache?", ""),
    ("We only accept card payments at the bar.", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.84, 0.97, 0.9)


#: One sentence for each kind mended after the read: kind -> (sentence, whether it
#: shows appreciation).
KINDS: Kinds = {
    "an offer named and declined": ("Not interested in the home cover, thanks.", False),
    "a vocative before the next harm": ("Thanks Vodafone, another outage tonight.", False),
    "a vocative before a tip": ("Thanks Dave, another great tip!", True),
    "gratitude talked about": ("Gratitude feels impossible on days like this.", False),
    "gratitude owed": ("Gratitude is owed to the lifeboat crew.", True),
    "no idea how much it meant": ("You have no idea how much your note meant.", True),
    "a kind soul for a deed": ("You're such a good person for driving me there.", True),
    "cheers with an endearment": ("cheers babe", True),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(11, BLOCK, FLOOR, KINDS)
