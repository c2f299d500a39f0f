"""A sixteenth fresh check for `expresses_appreciation`, written in the twelfth round (24
November 2026, seventeenth session) after `test_thanks_fresh15.py` had been read and the
rules changed for it, in the registers of the two development sources: casual
Reddit-style comments and spoken phone talk with fragments and fillers. Labelled by hand
before any detector read it, with the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit 32dd22e): 0.923 (P 0.86, R 1.00) for both; none of the fifteenth block's kinds
came back, and recall was whole (fillers, "bless your heart", "I owe you a pint").
Look-alikes: thanks that nobody owes ("imagine thinking anyone owes you thanks for
doing your job"), the word itself ("Appreciate is spelled with two p's"), asking what
others are thankful for, relief that a thing wasn't so, with fillers ("we were just
thankful the, uh, the kids weren't home"), and the meme "Yeah thanks, I hate it".

Mended after the read, by kind (appreciation.json): "anyone / nobody / they owe(s) you
thanks" and "I don't owe him thanks" ("I owe you a huge thanks" stays thanks); a word
of thanks as the subject of "is spelled / pronounced / a word / short for" ("the word
thanks doesn't begin to cover it" stays thanks); "what / who are you (guys) (most)
thankful for" ("what we're grateful for is your patience" stays thanks); "thankful /
grateful (that) the / my <thing> wasn't / weren't…", fillers allowed ("grateful that
you were there" stays thanks). After: 0.984 (P 0.97, R 1.00); the fifteenth block
1.000; dev 0.934 with no row changed (each row compared with the starting rules); judge
set 0.870 unchanged. Left: "thanks, I hate it", which the development raters tick as
thanks nine times in ten, so it stays read as they read it. Two rows, read right, were
reworded after the read because earlier checks held them word for word ("thanks fam",
"I owe you a beer for this one.").
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: Reddit-style comments.
    ("This is the most wholesome thing I've read all week, thank you for posting", "A"),
    ("ty for the link, bookmarked", "A"),
    ("Lmao thank you, I needed that laugh today", "A"),
    ("Appreciate you taking the time to type all that out.", "A"),
    ("You're a legend for posting the timestamps", "A"),
    ("Man, thanks for the heads up, I was about to preorder.", "A"),
    ("Grateful this thread exists tbh", "A"),
    (
        "Thank you for being so honest about your miscarriage, it helps people feel less alone.",
        "A",
    ),
    ("thanks fam 🙏", "A"),
    ("This comment deserves more upvotes, thank you for the sources.", "A"),
    ("I owe you a pint for this one, seriously.", "A"),
    ("Bless you for the spoiler tag", "A"),
    ("Thanks, this is exactly the kind of answer I was hoping for.", "A"),
    ("Much appreciated, I'll try the vinegar trick tonight.", "A"),
    ("Whoever gave me the award, thank you, that made my day.", "A"),
    # Thanks: phone talk.
    ("Well, uh, thanks for, for calling me back.", "A"),
    ("Oh, thank you, that's real sweet.", "A"),
    ("Yeah, well, I appreciate you saying so.", "A"),
    ("Okay, um, thanks a bunch, take care now.", "A"),
    ("Thank you, and, and you too.", "A"),
    ("All right, well, thank you for your time.", "A"),
    ("Oh, I appreciate it, I really do.", "A"),
    ("Uh-huh. Well, thank you so much.", "A"),
    ("Thanks, um, bye now.", "A"),
    ("Well, I certainly thank you for the chat.", "A"),
    ("Okay, thanks, I'll, uh, I'll let you go then.", "A"),
    ("Oh, thank you, that's, that's good to know.", "A"),
    ("Yeah, you're welcome, it was fun.", "A"),
    ("well, thanks, I, I enjoyed talking with you", "A"),
    ("Oh, bless your heart, thank you.", "A"),
    # Look-alikes: Reddit-style comments.
    ("Thanks to the new update my save file is gone.", ""),
    ("Imagine thinking anyone owes you thanks for doing your job.", ""),
    ("Wow thanks for the spoiler, really appreciate it.", ""),
    ("Nobody says thank you to the janitors at my school.", ""),
    ("Thank god I didn't buy the preorder.", ""),
    ("The 'thanks for the gold' edits are so cringe.", ""),
    ("She thanked me by blocking me, classic.", ""),
    ("Appreciate is spelled with two p's, just saying.", ""),
    ("OP didn't even thank the guy who found his dog.", ""),
    ("No thanks, I'd rather eat the cardboard.", ""),
    ("I don't appreciate being called a bot for disagreeing.", ""),
    ("What are you guys thankful for this year?", ""),
    ("Yeah thanks, I hate it.", ""),
    ("The devs never thank the modders who keep this game alive.", ""),
    ("lol this is why you never say thanks in advance", ""),
    # Look-alikes: phone talk.
    ("and, uh, she thanked us for the casserole, which was nice", ""),
    ("Uh-huh, yeah, I know what you mean.", ""),
    ("Thank goodness it didn't rain on the parade.", ""),
    ("So, um, anyway, bye.", ""),
    ("we were just thankful the, uh, the kids weren't home", ""),
    ("you know, uh, the young people don't say thank you anymore", ""),
    ("Well, I'd appreciate it if they'd lower the taxes, that's for sure.", ""),
    ("No, thank you, I, I don't drink coffee.", ""),
    ("and then he says, thanks for nothing, and slams the door", ""),
    ("Yeah, I, I appreciate music more than I used to.", ""),
    ("Right, uh-huh, that's true.", ""),
    ("Well, it's, it's thanks to the union that we got the raise.", ""),
    ("Oh, we thank God every day for our health.", ""),
    ("Um, what was I going to say, oh, the thank-you notes, I still haven't written them.", ""),
    ("Yeah, well, welcome to Texas, it's always like this.", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.93, 0.97, 0.95)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "thanks nobody owes": ("Nobody owes you thanks for basic manners.", False),
    "thanks the speaker owes": ("I owe you a huge thanks for this.", True),
    "the word itself": ("Grateful is spelled with one e, by the way.", False),
    "the word that can't cover it": ("The word thanks doesn't begin to cover it.", True),
    "asking what others are thankful for": ("What are you most grateful for?", False),
    "what we are grateful for is you": ("What we're grateful for is your patience.", True),
    "relief that a thing wasn't so": ("I'm grateful the, uh, the roof wasn't damaged.", False),
    "gratitude that you were there": ("I'm grateful that you were there.", True),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(16, BLOCK, FLOOR, KINDS)
