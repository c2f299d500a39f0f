"""An eighteenth fresh check for `expresses_appreciation`, written in the thirteenth round
(24 November 2026, eighteenth session) and aimed at the hardest look-alikes in the
registers the engine will meet. Labelled by hand before any detector read it, with the
conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit e887796): 0.857 (P 0.75, R 1.00) for both; no thanks was missed, and of the
earlier blocks' kinds none came back. Look-alikes read as thanks: a loss blamed on the
listener ("Thanks to you lot, I missed…"), thanks the listener will owe ("You'll thank
me later…"), thanks meant and cut off ("I was going to say thanks, but then…"), a habit
of never thanking with "please or" between ("never says please or thank you"), sarcasm
with a cue ("…the update that tells me absolutely nothing", "Appreciate you wasting
another hour…", "Oh great, thanks, now the whole screen is blue"), gratitude as a
practice ("Gratitude journaling…"), how to thank someone asked ("What's the polite way
to thank a recruiter…?") and a thank-you thing spelt with a space ("The thank you page").

Mended after the read, by kind (appreciation.json): "thanks to you / your <thing>
(lot / people / guys), I / we <lost, missed, wasted, had to, spent, was late, got fined
…>" ("thanks to you, I got my refund" and "…I never had to call again" stay thanks);
"you'll / you can / you're going to thank me"; "was going to / meant to / planned to
say thanks… but" (wanting to say thanks keeps the old, narrower frame); "please or /
and / nor" inside the never-says-thanks frame; "the <thing> that tells me (absolutely)
nothing"; "appreciate you <harm>ing" joins the thanks-for-a-harm frame, read by the
valence of the verb ("appreciate you taking the time" stays thanks), which also takes
"…another / all" after the verb; "gratitude journal(l)ing"; "way / how to thank <someone
else>…?" asked ("I don't know how to thank you" and "the best way to thank you?" stay
thanks); "the / our / their thank you <page, e-mail, note, card…>". After: 0.984
(P 0.97, R 1.00). Left: "Oh great, thanks, now…", sarcasm whose cue ("now" after "oh
great") a sincere "oh great, thanks, now it works" shares. Dev 0.934 -> 0.934 with one
row changed: a thank-you letter named as a topic, which the raters ticked, now unread.
The blocks of the ninth to seventeenth checks read as before; judge set 0.870 unchanged.
Four rows, read right, were reworded after the read: three because an earlier check
held them word for word, one for length.
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: service chat, phone calls and support e-mails.
    ("Thank you for sticking with me through all the transfers today.", "A"),
    ("Right, brilliant, thanks ever so much, you've saved my bacon.", "A"),
    ("Thanks for the heads-up about the engineer running late.", "A"),
    ("Really grateful you stayed on past your shift to sort this.", "A"),
    ("Much obliged for the fast turnaround on the estimate.", "A"),
    ("Seriously, I owe you one for this.", "A"),
    ("You're a lifesaver, the printer works again!", "A"),
    ("Can't thank you enough for getting my dad's prescription sorted.", "A"),
    (
        "Thank you for reaching out and for your patience while we investigate.\n\n"
        "Best regards,\nMarta\nCustomer Support",
        "A",
    ),
    ("Thanks again for the call earlier, the form is attached.\n\nRegards,\nLeon", "A"),
    ("Oh, okay, thank you, that, that clears it up.", "A"),
    ("Well, thanks for calling, it's been nice talking to you.", "A"),
    ("We appreciate your understanding while the site is down for maintenance.", "A"),
    ("Thanks but I'll manage, really kind of you to offer though.", "A"),
    # Thanks: review replies, tweets and forums.
    ("Thank you for taking the time to leave such a detailed review, Priya.", "A"),
    (
        "We're glad you enjoyed the tasting menu, and thank you for the lovely mention of Tom.",
        "A",
    ),
    ("@QuickRail thank you to the guard on the 07:12 who held the door for my wheelchair", "A"),
    ("Massive thank you to the support team for recovering my files 🙏", "A"),
    ("ty for the fast fix, was about to lose my mind", "A"),
    ("Thanks all, marking this as solved.", "A"),
    ("Update: the driver rollback worked. Thanks u/greyfox, you legend.", "A"),
    ("Hats off to the lad at the tyre place who patched it for nothing.", "A"),
    # Thanks: counselling and emotional-support chat, Reddit.
    ("It really helps to have someone listen without judging, thank you.", "A"),
    ("I'm grateful I found this chat tonight, talking to you has helped.", "A"),
    ("I don't know what I'd have done without you this week.", "A"),
    ("You've been so patient with me, it means a lot.", "A"),
    ("Bless you for sitting with me through that, I know it's late.", "A"),
    ("Thx for the advice, I'll try the salt water trick.", "A"),
    ("Thanks OP, this saved me an hour of googling.", "A"),
    ("Thanks, I needed that laugh today.", "A"),
    # Look-alikes: thanks as a cause, relief, a prediction.
    ("Thanks to the strike, my parcel has been sitting in a depot for nine days.", ""),
    ("Thanks to you lot, I missed my sister's wedding.", ""),
    ("Thank goodness I kept the receipt.", ""),
    ("I'm thankful it's Friday and that's about all.", ""),
    ("You'll thank me later when you're not paying roaming charges.", ""),
    # Look-alikes: thanks in instructions, reported, quoted, absent or refused.
    ("Please remember to say thank you to the driver when you get off.", ""),
    ("Don't forget to thank your mentor in the acknowledgements section.", ""),
    ("Remind the kids to write thank-you notes to Grandma.", ""),
    ("She thanked the nurse and then asked to see the manager.", ""),
    ("The email just said 'Thanks, noted' and nothing about my refund.", ""),
    ("I didn't even get a thank you for covering her shifts.", ""),
    ("No need to thank me, it's my job.", ""),
    ("Don't thank me yet, the fix might not hold.", ""),
    ("I was going to say thanks, but then he hung up on me.", ""),
    ("He's the kind of guy who never says please or thank you.", ""),
    ("Why should I be grateful for a voucher after what happened?", ""),
    # Look-alikes: sarcasm with and without a cue.
    ("Thanks a lot for nothing, Vodaphone.", ""),
    ("Oh great, thanks, now the whole screen is blue.", ""),
    ("Thanks for the update that tells me absolutely nothing.", ""),
    ("Wow, thank you so much for charging me twice.", ""),
    ("Appreciate you wasting another hour of my Saturday.", ""),
    # Look-alikes: thanks as a topic, sign-offs without thanks.
    ("Gratitude journaling is supposed to help with anxiety, has anyone tried it?", ""),
    ("What's the polite way to thank a recruiter after a rejection?", ""),
    ("Thank-you cards are 20% off this week.", ""),
    ("The thank you page after checkout isn't loading.", ""),
    ("Thanksgiving hours: we close at 2pm on Thursday.", ""),
    ("Our agents do not accept tips or thank-you gifts.", ""),
    ("Regards,\nTomasz Nowak\nBilling Department", ""),
    ("Best wishes,\nThe Greenway Surgery Team", ""),
    ("Kind regards, and please don't reply to this automated message.", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.95, 0.97, 0.96)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "a loss blamed on the listener": ("Thanks to you, we lost the whole deposit.", False),
    "a gain owed to the listener": ("Thanks to you, I finally got my refund.", True),
    "thanks the listener will owe": ("You can thank me later.", False),
    "thanks meant and cut off": ("I was going to say thanks but you beat me to it.", False),
    "never says please or thanks": ("She never says please or thank you to anyone.", False),
    "the reply that tells nothing": ("Thanks for the reply that tells me nothing.", False),
    "appreciate you for a harm": ("Appreciate you wasting my whole morning.", False),
    "appreciate you for a favour": ("Really appreciate you sorting my account.", True),
    "gratitude as a practice": ("Gratitude journalling changed my mornings.", False),
    "how to thank someone, asked": ("How do I thank a nurse who saved my life?", False),
    "not knowing how to thank you": ("I honestly don't know how to thank you.", True),
    "a thank-you thing spelt apart": ("The thank you email never arrived.", False),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(18, BLOCK, FLOOR, KINDS)
