"""A nineteenth fresh check for `expresses_appreciation`, written in the thirteenth round
(24 November 2026, eighteenth session) after `test_thanks_fresh18.py` had been read and
the rules changed for it, in mixed registers with emotional-support chat and support
e-mails to the fore. Labelled by hand before any detector read it, with the conventions
of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit e887796): 0.853 (P 0.76, R 0.97) for both; the eighteenth block's mends changed
none of its rows. Missed: "It means the world that you believed me." Look-alikes read as
thanks: a reply rebuffed ("Thanks, but that doesn't answer my question"), the speaker's
own want of gratitude ("…that I'm not more grateful to my parents"), gratitude urged
("Being told to feel gratitude…"), thanking as a question of manners ("Is it rude not to
say thanks…?"), "thanks" as a keyword to send ("Reply with THANKS to confirm…"), "Be sure
to thank the host…", a service in scare quotes ("Appreciate the 'support'…"), thanks
turned to others ("Don't thank me, thank the night shift…") and a request ("Any help
would be appreciated…").

Mended after the read, by kind (appreciation.json): "means the world / everything (to
me) that you…" as thanks ("that means everything is late" is not); "thanks, but
that / it / your <thing> doesn't answer / help / work… / isn't what I…" ("Thanks, but I
was asking about the other one" and "…but you didn't have to!" stay thanks, as the
development raters tick thanks before a correction); "I'm / I was not (more / very…)
grateful"; "told / expected / pressured… to feel / show / express gratitude";
"is it rude / polite / okay… (not) to thank / say thanks"; "reply / text / type THANKS
(to <number>) to confirm / claim…"; "be sure to thank the…" beside "make sure to";
"thanks for / appreciate the 'help' / 'support' / 'quick' …" with a service word in scare
quotes. After: 0.968 (P 0.94, R 1.00). Left, as the development raters read them: they
tick thanks turned to someone else ("don't thank me, thank…", one row in one) and
"… would be appreciated" asking for help (one in one), so neither was excluded. Dev
0.934 with no row changed; judge set 0.870 unchanged; the ninth to eighteenth blocks
read as before. Four rows, read right, were reworded after the read: three because an
earlier check held them word for word, one for length.
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: emotional-support and counselling chat.
    ("I just wanted to say thank you for being here tonight.", "A"),
    ("Honestly, this is the first time in weeks I've felt heard. Thank you.", "A"),
    ("I appreciate you checking in on me, it's been a rough few days.", "A"),
    ("You didn't have to stay this late, I'm really grateful.", "A"),
    ("It means the world that you believed me.", "A"),
    ("Thank you for being so gentle with me about all this.", "A"),
    ("Thanks for letting me vent, I know it was a lot.", "A"),
    ("Thank you for not rushing me, I know there's a queue.", "A"),
    # Thanks: support e-mails.
    (
        "Hi Sam,\n\nThanks for getting back to me so quickly on the invoice query.\n\nBest,\nNadia",
        "A",
    ),
    (
        "Dear Support Team,\nI'm writing to say how grateful I am for how you handled my claim.",
        "A",
    ),
    ("Thank you for your email. We appreciate you bringing this to our attention.", "A"),
    ("Many thanks for the replacement card, it arrived today.", "A"),
    ("Your patience with our new booking system has not gone unnoticed, thank you.", "A"),
    ("Please pass my thanks on to Dr Reyes, she was wonderful.", "A"),
    # Thanks: service chat and phone calls.
    ("Thank you for confirming your address, Mr Okafor.", "A"),
    ("Cheers, that's got it sorted.", "A"),
    ("That's really kind of you, thanks.", "A"),
    ("Yeah, thanks for your time, bye now.", "A"),
    ("Uh-huh, well, I appreciate it.", "A"),
    ("Thanks anyway for trying, I know it's not your fault.", "A"),
    # Thanks: tweets, review replies and Reddit.
    ("Props to the delivery guy who carried it up four flights 🙌", "A"),
    ("Shoutout to @GreenGrocerCo for the surprise extra apples in my order!", "A"),
    ("Thank you for staying with us, Gemma, we're thrilled the room suited you.", "A"),
    ("We're grateful for your feedback and have passed it to our kitchen team.", "A"),
    ("thank u sm for the tips, my sourdough finally rose!!", "A"),
    ("Edit: thanks so much for the gold, whoever you are!", "A"),
    ("This thread saved my sanity, thank you all.", "A"),
    ("You guys are the best, seriously, thank you.", "A"),
    ("Thanks for sharing this. I needed to read it today.", "A"),
    ("I can't believe you remembered my order, that's so sweet of you!", "A"),
    # Look-alikes: cause, relief, refusal.
    ("Thanks to the new update, my phone won't hold a charge.", ""),
    ("Thank God that's over, worst week of my life.", ""),
    ("Thankfully the counsellor was free at short notice.", ""),
    ("No thanks, I'm happy enough with my current plan.", ""),
    ("Keep your thanks, just fix the boiler.", ""),
    ("Thanks, but that doesn't answer my question.", ""),
    # Look-alikes: gratitude urged, reported or talked about.
    ("I keep a list of things I'm thankful for, but tonight I can't think of any.", ""),
    ("My therapist says I should be more grateful for what I have.", ""),
    ("My mum says I'm ungrateful because I want to move out.", ""),
    ("I feel guilty that I'm not more grateful to my parents.", ""),
    ("Being told to feel gratitude when you're depressed just adds guilt.", ""),
    ("We thanked the team at the all-hands meeting on Friday.", ""),
    ("The customer thanked us and then disputed the charge anyway.", ""),
    ("He just said 'cheers mate' and walked off with my parcel.", ""),
    ("'Thank you for your patience' is all they ever say while nothing happens.", ""),
    ("Is it rude not to say thanks when someone holds the door?", ""),
    ("Thanksgiving dinner at my in-laws' is giving me anxiety already.", ""),
    # Look-alikes: thanks in instructions.
    ("Reply with THANKS to confirm your appointment.", ""),
    ("Send a thank-you email to the interviewer within 24 hours.", ""),
    ("Be sure to thank the host before you leave.", ""),
    ("Don't thank me, thank the night shift, they did all the work.", ""),
    ("Remember to thank yourself for getting through today.", ""),
    # Look-alikes: sarcasm, other senses of appreciate, requests, sign-offs.
    ("Gee, thanks for the reminder that I'm turning forty.", ""),
    ("Cheers, Einstein, really helpful.", ""),
    ("Appreciate the 'support', as always.", ""),
    ("I appreciate the irony of getting a survey about wait times after waiting an hour.", ""),
    ("I've come to appreciate how little I need to be happy.", ""),
    ("Any help would be appreciated, I'm totally stuck.", ""),
    ("Warm regards,\nDeepa Rao\nClaims Handler", ""),
    ("Yours sincerely,\nThe Complaints Team", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.92, 0.97, 0.95)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "means the world that you": ("It means the world that you called.", True),
    "means everything, not thanks": ("That means everything is late again.", False),
    "thanks, but it failed": ("Thanks, but it still doesn't work.", False),
    "thanks before a correction": ("Thanks, but I was asking about the other one.", True),
    "my own want of gratitude": ("I feel bad that I'm not more grateful.", False),
    "gratitude urged": ("They expect us to show gratitude for a pay freeze.", False),
    "thanking as manners": ("Is it polite to thank the bus driver?", False),
    "a keyword to send": ("Text THANKS to 60060 to claim your reward.", False),
    "be sure to thank": ("Be sure to thank your nurse.", False),
    "a service in scare quotes": ("Appreciate your 'support' on this one.", False),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(19, BLOCK, FLOOR, KINDS)
