"""A twentieth fresh check for `expresses_appreciation`, written in the thirteenth round
(24 November 2026, eighteenth session) after `test_thanks_fresh19.py` had been read and
the rules changed for it, weighted to the development sources' own registers (phone
talk, Reddit) beside tweets, review replies, service chat and support forums. Labelled
by hand before any detector read it, with the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit e887796): 0.794 (P 0.71, R 0.90) for both; the eighteenth and nineteenth blocks'
mends changed none of its rows. Missed: "cheers <name>!" in a tweet, "I'm so lucky to
have you in my corner" and "Your kindness today made a horrible week bearable." Look-
alikes read as thanks: relief ("Just grateful the fire didn't spread…"), sarcasm
("…leaving me on read…", "Cheers for the lovely parking ticket…", "thanks a bunch, now
I have to start all over", "Thank you, Captain Hindsight", "So grateful to be stuck on
hold…"), thanks turned to others ("If you want to thank someone, thank the nurses"), and
thanks talked about ("The thank you at the end of the call…", "Saying thank you costs
nothing…", "…grateful people sleep better", "Thanks in advance is passive-aggressive…").

Mended after the read, by kind (appreciation.json): "your kindness / help / patience…
(today) (has) made <a (horrible…) week> bearable / easier…" beside "you made…"; "(so)
lucky / blessed / fortunate to have you" when the speaker is lucky ("your boy is lucky
to have you", a compliment the development raters leave unticked, and "they're lucky…"
are not thanks); "leaving me on read / in the dark" with the other states thanks leave
me in; a penalty thanked for ("the (parking) ticket / fine / surcharge / price hike");
"thanks a lot / a bunch, now I have to start / pay / wait…" ("thanks a bunch, now it
works" stays thanks); "Captain Hindsight" with the other epithets; "grateful /
thankful to be stuck / kept waiting / on hold / ignored…"; "the / that thank you at /
was / sounded…"; "saying / sending / giving thanks is / costs / matters…" at a
sentence's head; "grateful people / customers… are / sleep / tend…"; the formula of
thanks judged ("'Thanks in advance' is passive-aggressive / rude / cold…"). After:
0.951 (P 0.94, R 0.97). Left: "cheers Jo!" ("cheers" before a name cannot be told from
a toast without capitals, which the matcher ignores), relief with a subject of its own
("grateful the fire didn't…", whose shape gratitude to someone shares: "grateful the
team didn't give up on me"), and thanks turned to others, which the development raters
tick. Dev 0.934 with no row changed; judge set 0.870 unchanged; the ninth to nineteenth
blocks read as before. Two rows, read right, were reworded after the read because an
earlier check held them word for word.
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: phone talk.
    ("Okay, well, thank you very much for, uh, talking with me.", "A"),
    ("Oh, thanks, I, I'll, uh, give that a try.", "A"),
    ("Yeah, well, I appreciate your, uh, your input on that.", "A"),
    ("All right, thank you, you too, bye-bye.", "A"),
    # Thanks: Reddit.
    ("Thanks for the info dude, didn't know that about the patch.", "A"),
    ("This is so wholesome, thank you for posting.", "A"),
    ("Bookmarked, thanks a ton!", "A"),
    ("Genuinely grateful for this sub, you all got me through my divorce.", "A"),
    ("Oh wow, thank you kind stranger!", "A"),
    ("Appreciate the explanation, that makes way more sense now.", "A"),
    ("Thank you for your service.", "A"),
    ("Thanks for reading my rant, if anyone actually did.", "A"),
    # Thanks: tweets and review replies.
    ("@SkyLinkHelp sorted in five minutes by Jo on chat, cheers Jo!", "A"),
    ("Big up to the bus driver who waited for me this morning 🙏", "A"),
    ("Thank you for bringing your pup to stay, Alice, we hope to see you both again.", "A"),
    ("Thanks for the five stars, Ben! The team loved reading this.", "A"),
    ("Huge thanks to our volunteers for another brilliant fun run.", "A"),
    # Thanks: service chat and support forums.
    ("Thank you for your order! Your parcel is on its way.", "A"),
    ("Thanks for holding, I've got your account open now.", "A"),
    ("I appreciate your patience, I'm just checking with my supervisor.", "A"),
    ("Perfect, thank you so much, that's everything I needed.", "A"),
    ("Marked as answer. Thank you for walking me through the logs.", "A"),
    ("Appreciate everyone who replied, the BIOS reset worked.", "A"),
    ("That's super helpful, much appreciated!", "A"),
    ("Ta for sorting the parking permit so fast.", "A"),
    # Thanks without a word of thanks, and in support chat.
    ("Wow, you went above and beyond for a stranger, I'm touched.", "A"),
    ("I'm so lucky to have you in my corner.", "A"),
    ("Seriously, you're a gem.", "A"),
    ("Thanks for being honest with me, even though it stung.", "A"),
    ("Your kindness today made a horrible week bearable.", "A"),
    # Look-alikes: cause and relief.
    ("Thanks to autocorrect, I just called my boss 'darling'.", ""),
    ("Thanks to budget cuts, the library now shuts at four.", ""),
    ("Thank heavens for spellcheck.", ""),
    ("Thankfully nobody saw me trip.", ""),
    ("Just grateful the fire didn't spread to the kitchen.", ""),
    # Look-alikes: sarcasm.
    ("Thanks for leaving me on read for three days, very professional.", ""),
    ("Cheers for the lovely parking ticket, council.", ""),
    ("Yeah, thanks a bunch, now I have to start all over.", ""),
    ("Thank you, Captain Hindsight.", ""),
    ("So grateful to be stuck on hold for the fourth time today.", ""),
    ("He thanked me by never calling again.", ""),
    # Look-alikes: thanks reported, asked about, refused or talked about.
    ("Uh, we, we sent them a thank-you card, and, uh, that was it.", ""),
    ("Did you ever thank her for the wedding gift?", ""),
    ("My son forgot to thank his grandma and now she's upset.", ""),
    ("I said thanks out of habit, I wasn't actually pleased.", ""),
    ("Stop thanking me, you're making me blush.", ""),
    ("No, thank you, I'll just take the bus.", ""),
    ("Thanks, but no, I'd rather wait for the engineer.", ""),
    ("If you want to thank someone, thank the nurses.", ""),
    ("The thank you at the end of the call sounded scripted.", ""),
    ("Saying thank you costs nothing, yet so few do it.", ""),
    ("A study found grateful people sleep better.", ""),
    ("Thanks in advance is passive-aggressive, change my mind.", ""),
    ("Appreciation Week starts Monday, wear your badges!", ""),
    # Look-alikes: other senses of welcome and appreciate, sign-offs.
    ("Words can't express how unimpressed I am.", ""),
    ("You're welcome to bring your own charger.", ""),
    ("Welcome back, how was the trip to Porto?", ""),
    ("We appreciate that emotions run high, but abuse will not be tolerated.", ""),
    ("I fully appreciate this isn't what you wanted to hear.", ""),
    ("Kind regards,\nPriya\nSent from my iPhone", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.92, 0.95, 0.94)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "your kindness made it bearable": ("Your patience made a hard day bearable.", True),
    "you made it worse": ("You made a horrible week worse.", False),
    "lucky to have you": ("We're so lucky to have you guys.", True),
    "someone else lucky to have you": ("They're lucky to have you.", False),
    "left on read": ("Thanks for leaving me in the dark.", False),
    "a penalty thanked for": ("Thanks for the parking ticket.", False),
    "thanks a bunch, now I have to": ("Thanks a bunch, now we have to pay twice.", False),
    "thanks a bunch, now it works": ("Thanks a bunch, now it works perfectly!", True),
    "an epithet of hindsight": ("Thanks, Captain Hindsight.", False),
    "a captain thanked": ("Thank you, Captain Reyes.", True),
    "grateful to be on hold": ("Thankful to be on hold again.", False),
    "the thank you talked about": ("The thank you note was lovely.", False),
    "saying thanks as a subject": ("Saying thank you matters.", False),
    "grateful people in general": ("Grateful people are happier.", False),
    "the formula judged": ("Thanks in advance is lazy.", False),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(20, BLOCK, FLOOR, KINDS)
