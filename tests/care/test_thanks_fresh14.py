"""A fourteenth fresh check for `expresses_appreciation`, written in the eleventh round (24
November 2026, sixteenth session) after `test_thanks_fresh13.py` had been read and the
rules changed for it, mixing the development sources' registers (Reddit and support
forums, phone talk) with service and care ones (chat, e-mail sign-off blocks, review
replies, tweets, counselling chat). Labelled by hand before any detector read it, with
the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit 04bf8b4): 0.899 (P 0.84, R 0.97) and 0.886 (P 0.82, R 0.97). The block was
read with 59 rows; the last row ("Thanks again for your help with the boiler…") was
written and labelled after the read, to reach 60, and both rules read it right alone;
the figures count it. One look-alike of the thirteenth block's kinds came back and was
read right ("the thank-you bonus"). Missed: a closing vocative after a comma ("…sorted
my membership in two minutes, legend 🙏"). Look-alikes: thanks for the wrong thing
("thanks a bunch for sending me the wrong size"), thanks reported after a colon
("Customer wrote: thanks but…"), "no, that's okay, thank you anyway" (a refusal),
thanking negated as the purpose ("I'm not here to thank anyone"), gratitude as an
exercise ("write down what I'm thankful for"), a taste that grew ("I appreciate jazz
more now that I'm older").

Mended after the read, by kind (appreciation.json): a vocative "legend / hero / gem"
after a comma that ends the turn ("…, legend 👏"); "thanks for (<doing> me) the wrong
<thing>" ("thanks for pointing out the wrong date" stays thanks); "<someone>
wrote/said/replied: thanks…" ("well said: thank you" stays thanks); "no, that's / it's
fine, thanks anyway" ("…, thanks for checking" stays thanks); "not here / going /
calling to thank"; "write down / list / name <things> I'm grateful for" ("I keep thinking
about what I'm grateful for and it's you" stays thanks); "appreciate <a thing> (a lot)
more now / these days / as I…" ("I appreciate you more than you know" stays thanks).
After: 1.000; the twelfth and thirteenth blocks 0.952 each; dev 0.934 with no row
changed; judge set 0.870 unchanged. One neutral row, read right, was reworded after the
read because an earlier check held it word for word ("Your parcel is with the courier
and should arrive tomorrow.").
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read (the last row after).
BLOCK: Block = [
    # Thanks: support forums and counselling chats.
    ("thank you for sharing, this thread is making me feel a lot less alone", "A"),
    ("I just want to say how grateful I am that you listened tonight.", "A"),
    ("You've been so patient with me, I know I'm not easy.", "A"),
    ("Honestly, you've been a rock these past few weeks.", "A"),
    ("Thanks for checking in on me, it means more than you know.", "A"),
    ("Grateful to everyone in this group for the advice on my landlord.", "A"),
    ("Thank you, doctor, I feel a lot calmer now.", "A"),
    # Thanks: phone talk.
    ("Uh, well, thanks for, uh, for putting up with all my rambling.", "A"),
    ("Oh, thank you, that's, that's real nice.", "A"),
    ("Okay, I appreciate it, bye now.", "A"),
    ("Thanks, you too, take care.", "A"),
    ("Well, that's awfully good of you to offer.", "A"),
    ("Thank you for calling Northway Energy, your call may be recorded.", "A"),
    # Thanks: chat and e-mail.
    ("Thanks so much for getting back to me over the weekend, Leila.", "A"),
    ("Appreciate the quick fix, the app's loading fine now 👍", "A"),
    ("Many thanks,\nRaj Patel\nFacilities Coordinator\nTel: 0161 555 0192", "A"),
    ("Warm regards and thanks once more for hosting us,\nThe Lindqvist family", "A"),
    ("Thanks for the heads-up about the strike, I've rebooked for Thursday.", "A"),
    ("I'm really grateful for your patience while I sorted the paperwork.", "A"),
    ("Really appreciate you staying late to finish the repair.", "A"),
    ("We thank you for your continued custom.", "A"),
    # Thanks: review replies, tweets, Reddit.
    ("We're so grateful you chose us for your daughter's wedding reception.", "A"),
    ("Thank you for the lovely words about our housekeeping team, Ana will be thrilled.", "A"),
    ("@UrbanGym your front desk guy Marco sorted my membership in two minutes, legend 🙏", "A"),
    ("Huge thanks to whoever left the umbrella at the bus stop, you saved my outfit.", "A"),
    ("Tell your mum thanks for the lasagne, it was unreal.", "A"),
    ("Kudos to the support team, that was painless.", "A"),
    ("That was really thoughtful of you, remembering my appointment.", "A"),
    ("thx for the link, exactly what I needed", "A"),
    ("Ah cheers, that's sorted then.", "A"),
    ("You're a gem for covering my shift.", "A"),
    # Look-alikes: sarcasm, quoted or reported thanks.
    ("Thanks a bunch for sending me the wrong size, third time now.", ""),
    ("Cheers for nothing, mate.", ""),
    ("You said 'thanks, that's sorted' on Monday, but the fault is back.", ""),
    ("Customer wrote: thanks but the code still doesn't work.", ""),
    ("He never says thank you to the cleaners.", ""),
    ("She was thankful the ambulance came so fast.", ""),
    ("They're thankful for small mercies, I suppose.", ""),
    ("Could you please stop thanking me and just answer the question?", ""),
    # Look-alikes: relief, cause, requests, concessions, refusals.
    ("Thank God that's over, worst flight of my life.", ""),
    ("Uh-huh, yeah, thank God for microwaves.", ""),
    ("Thanks to the new update my battery dies by lunchtime.", ""),
    ("I'd be grateful if someone could explain the new billing cycle.", ""),
    ("I appreciate that you're busy, but I've now waited three weeks.", ""),
    ("uh, no, that's okay, thank you anyway, I'll just wait", ""),
    ("I'm not here to thank anyone, I'm here to get my deposit back.", ""),
    ("I guess I should be grateful they didn't charge me for the call.", ""),
    # Look-alikes: gratitude as a topic, a taste, an imperative.
    ("My therapist keeps telling me to write down what I'm thankful for.", ""),
    ("Gratitude journals never worked for me, honestly.", ""),
    ("The thank-you bonus was never paid into my account.", ""),
    ("I appreciate jazz more now that I'm older.", ""),
    ("No one appreciates the night shift until it's gone.", ""),
    ("Be thankful it's only a scratch.", ""),
    # Neutral lines from the same registers.
    ("Okay, so, uh, what do you do for a living?", ""),
    ("Your parcel is with the courier and should reach you tomorrow.", ""),
    ("I'll have a look and get back to you by five.", ""),
    ("Regards,\nHelen\nSent from my phone", ""),
    ("We regret to inform you that the event has been cancelled.", ""),
    ("Sorry, I didn't catch that, could you say it again?", ""),
    # Written after the read, to make 60 rows.
    ("Thanks again for your help with the boiler last winter.", "A"),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.95, 0.97, 0.96)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "a closing vocative": ("The courier left it with my neighbour when I was out, legend 👏", True),
    "thanks for the wrong thing": (
        "Thanks for giving us the wrong gate number, we nearly missed the flight.",
        False,
    ),
    "thanks for pointing out a wrong thing": (
        "Thanks for pointing out the wrong date on the invoice.",
        True,
    ),
    "thanks reported after a colon": ("Client replied: thanks, but I still can't log in.", False),
    "thanks after 'well said:'": ("Well said: thank you for speaking up.", True),
    "a refusal with thanks anyway": ("No, it's fine, thanks anyway, I'll call back later.", False),
    "thanks for checking": ("No, that's fine, thanks for checking.", True),
    "thanking negated as the purpose": (
        "I'm not calling to thank you, I'm calling to complain.",
        False,
    ),
    "no words to thank you": ("I don't know how to thank you.", True),
    "gratitude as an exercise": ("Every night I list three things I'm grateful for.", False),
    "the speaker's own gratitude for you": (
        "I keep thinking about what I'm grateful for and it's you.",
        True,
    ),
    "a taste that grew": ("I appreciate opera a lot more now that I've seen it live.", False),
    "you, more than you know": ("I appreciate you more than you know.", True),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(14, BLOCK, FLOOR, KINDS)
