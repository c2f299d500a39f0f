"""A thirteenth fresh check for `expresses_appreciation`, written in the eleventh round (24
November 2026, sixteenth session) after `test_thanks_fresh12.py` had been read and the
rules changed for it, in service registers: live chat, e-mails (sign-offs and
postscripts), owners' replies to reviews and tweets to brands. Labelled by hand before
any detector read it, with the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit 04bf8b4): 0.806 (P 0.73, R 0.90) for both; none of the twelfth block's kinds
came back. Missed: "we value your honest feedback" (a word before the valued thing), a
shout-out to a brand's @handle for a deed, "big love to the driver who waited while I…".
Look-alikes: a concession before a no with "however" ("we appreciate your feedback,
however we are unable…") or before a contradiction of a clause ("I appreciate what
you're saying, but that isn't…"), refusals ("no, I'm alright for now, thank you", "I
don't need the upgrade, thanks anyway"), sarcastic thanks for a thing that fails ("the
automated reply that answers none of my questions"), "thank-you" and "appreciation" as
modifiers of a noun ("our thank-you discount code", "our appreciation gift box"), "please
be appreciative of our staff", and sarcasm with no cue ("thanks @<airline> for the 6am
gate change email at 5:58am. Super helpful.", "thanks for charging me twice, really
appreciate that").

Mended after the read, by kind (appreciation.json): "value your <any word> feedback";
"big / much love to <someone> who … me/my" as a shout-out, and a shout-out to an @handle
for <doing>; the concession before a no takes "(the|your) <thing>, however / but …
unable / can't" (thanks for patience, time, help or understanding stays thanks: "we
appreciate your patience, however the courier is still late"), the contradiction takes
"what / where / how <clause>"; "no, I'm fine for now, thanks" and "I don't need / want
the <thing>, thanks (anyway)" ("…, thanks for asking" stays thanks); thanks for "the
<thing> that answers nothing / doesn't fix / made <it> worse"; a determiner before
"thank-you <noun>" or "appreciation <noun>" ("a big thank-you to…" and "an appreciation
post" stay thanks). After: 0.952 (P 0.91, R 1.00); the twelfth block 0.952; dev 0.934
with no row changed; judge set 0.870 unchanged. Left: sarcasm with no cue (two rows),
"please be appreciative of…" (the imperative the development raters tick). One neutral
row, read right, was reworded after the read because an earlier check held it word for
word ("Can you confirm the postcode on the account?").
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: live chat.
    ("Thanks for holding, Priya, I've got your order up now.", "A"),
    ("I appreciate you bearing with me while the system loads.", "A"),
    ("Perfect, that's everything I needed, thank you!", "A"),
    ("You've been a star today, honestly.", "A"),
    ("Brilliant, cheers for sorting the refund so quickly.", "A"),
    ("That's very kind of you to say, I'll pass it on to the team.", "A"),
    ("Thank you for letting us know about the broken link.", "A"),
    ("ok great thx so much", "A"),
    # Thanks: e-mail.
    ("Thank you for your email regarding the late delivery.", "A"),
    ("Kind regards and many thanks,\nSophie\nAccounts Team", "A"),
    ("We are grateful for your patience while we investigated.", "A"),
    ("Thanks in advance for sending the signed form back.", "A"),
    ("Best,\nTom\n\nP.S. Thanks again for the quick turnaround on the invoice.", "A"),
    ("Your feedback is much appreciated and has been shared with our store manager.", "A"),
    # Thanks: replies to reviews.
    ("Dear Mrs Okafor, thank you for taking the time to leave such a detailed review.", "A"),
    (
        "We're delighted you enjoyed the tasting menu, and we appreciate you recommending us"
        " to friends.",
        "A",
    ),
    ("Thank you for staying with us for your anniversary, it was a pleasure having you.", "A"),
    ("Hi Dev, we really value your honest feedback about the breakfast queue.", "A"),
    ("Thanks for the five stars, see you next summer!", "A"),
    # Thanks: tweets, and thanks to a third party.
    (
        "@SkyRailUK legend of a guard on the 17:40, found my wallet and handed it in. thank you!!",
        "A",
    ),
    ("Shoutout to @PetPalsStore for replacing the broken crate, no questions asked 🙌", "A"),
    ("thanks @BrewBox, the replacement grinder arrived today", "A"),
    ("Massive thank you to the nurse on ward 6 who sat with my mum all night.", "A"),
    ("Big love to the @CityCabs driver who waited while I ran back for my phone", "A"),
    ("Please pass on my thanks to the engineer, he was brilliant.", "A"),
    ("Could you thank Jamal for me? He went out of his way yesterday.", "A"),
    ("Grateful for your help this morning, it's all working now.", "A"),
    ("You've saved me a trip to the store, much obliged.", "A"),
    ("Wow, that was fast. Appreciate it!", "A"),
    ("Glad I could help, Mr Reyes, enjoy the rest of your day.", "A"),
    # Look-alikes: sarcasm.
    ("Thanks @FlyNorth for the 6am gate change email at 5:58am. Super helpful.", ""),
    ("Oh brilliant, thanks for charging me twice, really appreciate that.", ""),
    ("Cheers @TelcoOne, third dropped call this hour.", ""),
    ("Thank you so much for the automated reply that answers none of my questions.", ""),
    # Look-alikes: concessions and declined offers.
    (
        "We appreciate your feedback, however we are unable to offer a refund on opened items.",
        "",
    ),
    ("While we appreciate your loyalty, the discount applies to new accounts only.", ""),
    ("I appreciate what you're saying, but that isn't what your website promised.", ""),
    ("Not for me, thanks, I'll stick with the basic plan.", ""),
    ("No, I'm alright for now, thank you.", ""),
    ("That's okay, I don't need the upgrade, thanks anyway.", ""),
    # Look-alikes: thanks quoted or reported.
    ("The customer replied 'thanks for nothing' and closed the chat.", ""),
    ("I see you wrote 'thank you' on the return slip, but the parcel was empty.", ""),
    ("Your last message just said thanks, so I assumed the issue was fixed.", ""),
    ("Our driver said the customer was very thankful for the help.", ""),
    ("The team were thanked by the regional manager last week.", ""),
    ("He thanked me, then asked for a discount anyway.", ""),
    # Look-alikes: relief, cause, requests.
    ("Thank goodness you caught that before it shipped.", ""),
    ("Thanks to a system outage, all orders placed yesterday are delayed.", ""),
    ("Due to high demand, thanks to our summer sale, dispatch may take longer.", ""),
    ("We would be grateful if you could return the faulty unit within 14 days.", ""),
    ("I'd appreciate an update by Friday, please.", ""),
    ("Please be appreciative of our staff, who are doing their best.", ""),
    # Look-alikes: other words, and neutral lines.
    ("Our thank-you discount code expires at midnight.", ""),
    ("Our appreciation gift box is sold out until March.", ""),
    ("I'm not grateful for being put on hold for an hour.", ""),
    ("We appreciate that this is frustrating.", ""),
    ("Kind regards,\nThe Billing Team", ""),
    ("Welcome to BrightBank live chat, how can I help today?", ""),
    ("Your order number is 44817; please keep it for your records.", ""),
    ("Can you confirm the postcode on the account for me?", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.88, 0.97, 0.93)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "a word before the valued thing": (
        "We value your detailed feedback on the checkout page.",
        True,
    ),
    "big love for a deed done for me": ("Big love to the bus driver who waited for my son.", True),
    "a shout-out to a handle for a deed": (
        "Shout-out to @GreenGrocerCo for delivering in the snow.",
        True,
    ),
    "a refusal for now": ("No, I'm fine for now, thanks.", False),
    "a concession before a no": (
        "We appreciate your request, however we cannot change the delivery address after dispatch.",
        False,
    ),
    "thanks for patience before bad news": (
        "We appreciate your patience, however the courier is still running late.",
        True,
    ),
    "a concession of a clause before a contradiction": (
        "I appreciate where you're coming from, but that's not what the contract says.",
        False,
    ),
    "thanks for a thing that fails": (
        "Thanks for the update that still doesn't fix the login bug.",
        False,
    ),
    "thanks for a thing that works": ("Thanks for the update that fixed the login bug.", True),
    "a thing not needed": ("I don't need a receipt, thanks.", False),
    "thanks for asking": ("I don't need a receipt, thanks for asking.", True),
    "a thank-you noun": ("Use your thank-you code at checkout.", False),
    "a thank-you to people": ("A big thank-you to everyone who donated.", True),
    "an appreciation noun": ("Our appreciation hamper ships in December.", False),
    "an appreciation post": ("A quick appreciation post for the night nurses.", True),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(13, BLOCK, FLOOR, KINDS)
