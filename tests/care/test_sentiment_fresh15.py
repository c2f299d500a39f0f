"""Customer sentiment on the twelfth round's third blind block (24 November 2026,
sixteenth session), written after the round's second change (`test_sentiment_fresh14.py`):
support-forum posts (questions, tips, updates on a thread, "solved") and e-mails with a
greeting and a sign-off (formal complaints, plain requests and notices, thanks). 20 lines
of each class; every label was written into this file before the engine read a line.

- `C`, first read after commit 3cee4ac: 53 of 60 (macro-F1 0.883: 0.850, 0.850, 0.950);
  the session-start rules (04bf8b4) 53, the same lines wrong. By kind: a long e-mail
  complaint whose ticket was "closed as resolved" read as plain (the remedy word
  "resolved" put the story before it right); a decline told as "it used to be instant"
  after a question read as plain; "'we are experiencing high demand' is not an answer"
  read as plain; a tip and a forum question that name a fault or hedge ("not on the
  front like the manual shows", "would like to hear how it's going first") read as
  complaints; an offer ("Happy to post logs") as praise; "the sync bug is gone" after
  "a big improvement" as a complaint.

Mended by kind: a remedy word after "as" ("closed my case as resolved", "marked as
fixed") is a label, no remedy; praise after "used to" is praise for what is no longer
so, a complaint ("the app used to be so reliable"; the block's own "used to be instant"
stays plain: "instant" carries no valence). The model refitted on the same corpus.
After: 54 of 60 (0.900); fresh13 54 and fresh14 57 unchanged; dev `customer_sentiment`
0.7589 -> 0.7589 (session start 0.7606), the judge set 0.952, the 2,750 earlier blind
lines 2,460 -> 2,462 (session start 2,455). Left: the tip and the hedged question (the
rules' blame on a fault named in a tip, known since fresh11), the offer, the decline
after a question, the quoted non-answer, the bug that is gone.

Floor two under the count.
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh14 import BLOCKS as FRESH14_BLOCKS
from .test_sentiment_fresh14 import EARLIER_ROUNDS as BEFORE_FRESH14

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "C": (
        52,
        [
            (
                "negative",
                (
                    "Dear Customer Services,\n"
                    "I returned the jacket on 3 March with the prepaid label and "
                    "have the receipt from the post office. Five weeks on, there is "
                    "no refund and your chat keeps closing my case as resolved.\n"
                    "Yours faithfully,\n"
                    "Helen Ward"
                ),
            ),
            (
                "negative",
                (
                    "Anyone else's thermostat app stuck on 'connecting' since the "
                    "last update? Mine has been useless for four days and the "
                    "heating won't come on."
                ),
            ),
            (
                "negative",
                (
                    "Hi team,\n"
                    "This is my third e-mail about the same missing payment. I'd "
                    "appreciate an answer this time rather than another template.\n"
                    "Regards, Tom"
                ),
            ),
            (
                "negative",
                (
                    "Posting here because support have stopped replying. The mesh "
                    "unit I bought in January now reboots every twenty minutes and "
                    "the warranty claim has gone nowhere."
                ),
            ),
            (
                "negative",
                (
                    "Hello,\n"
                    "The engineer was booked for 8-12 today. I stayed home, nobody "
                    "came, nobody called. I've now lost a day's pay.\n"
                    "Daniel"
                ),
            ),
            (
                "negative",
                (
                    "Firmware 2.4 bricked my printer. Followed the official guide to "
                    "the letter and now it won't power on at all. Not impressed."
                ),
            ),
            (
                "negative",
                (
                    "Good morning,\n"
                    "I cancelled my membership in writing in May and you have taken "
                    "two further payments since. Please refund them and confirm the "
                    "cancellation.\n"
                    "Kind regards,\n"
                    "Priya Shah"
                ),
            ),
            (
                "negative",
                (
                    "Is it just me or has the latest app update made everything "
                    "slower? Takes a full minute to load my statements now, it used "
                    "to be instant."
                ),
            ),
            (
                "negative",
                (
                    "Three weeks and two tickets later, I still can't add my partner "
                    "to the account. Every reply asks me for documents I've already "
                    "sent."
                ),
            ),
            (
                "negative",
                (
                    "To whom it may concern,\n"
                    "Your installer drilled through a water pipe in my kitchen and "
                    "left without telling anyone. The repair cost me £340 and I "
                    "expect you to cover it.\n"
                    "M. Okafor"
                ),
            ),
            (
                "negative",
                (
                    "Update for anyone following this thread: still no fix from the "
                    "manufacturer, and they've now told me the model is out of "
                    "support. Eighteen months old."
                ),
            ),
            (
                "negative",
                (
                    "Hi,\n"
                    "With respect, 'we are experiencing high demand' is not an "
                    "answer after a month. I want a date for my replacement card.\n"
                    "Thanks,\n"
                    "Gareth"
                ),
            ),
            (
                "negative",
                (
                    "The so-called premium support line put me through to the same "
                    "script as the free one. Paying extra for nothing, apparently."
                ),
            ),
            (
                "negative",
                (
                    "Dear Sir/Madam,\n"
                    "I am writing to formally complain about the conduct of your "
                    "driver, who swore at my elderly mother when she asked him to "
                    "bring the parcel to the door.\n"
                    "Sincerely,\n"
                    "R. Bennett"
                ),
            ),
            (
                "negative",
                (
                    "Tried every fix in this thread: reset, reinstall, new cable, "
                    "different port. Still getting error 0x80 on boot. Running out "
                    "of patience."
                ),
            ),
            (
                "negative",
                (
                    "Hello,\n"
                    "I was told my complaint would be escalated to a manager within "
                    "48 hours. That was twelve days ago.\n"
                    "Anne"
                ),
            ),
            (
                "negative",
                (
                    "Can a mod lock the old thread? The 'solution' marked there "
                    "doesn't work and people keep getting sent to it."
                ),
            ),
            (
                "negative",
                (
                    "Hi, I've been charged a late fee on a bill that was paid on "
                    "time by direct debit. Can you remove it please? This is the "
                    "second month in a row."
                ),
            ),
            (
                "negative",
                (
                    "Returned my old handset as instructed and now I'm being billed "
                    "£180 for 'unreturned equipment'. Tracking shows you signed for "
                    "it."
                ),
            ),
            (
                "negative",
                (
                    "Good afternoon,\n"
                    "I have been without hot water since Friday. The boiler cover I "
                    "pay for every month promised an engineer within 24 hours.\n"
                    "Regards,\n"
                    "L. Fraser"
                ),
            ),
            (
                "neutral",
                (
                    "Dear Sir or Madam,\n"
                    "Please find attached my completed direct debit form for account "
                    "440-219. Let me know if you need anything else from me.\n"
                    "Kind regards,\n"
                    "Joanna Price"
                ),
            ),
            (
                "neutral",
                (
                    "Does anyone know if the v3 charger works with the older model? "
                    "The specs page doesn't say either way."
                ),
            ),
            (
                "neutral",
                (
                    "Hi,\n"
                    "I'll be away from 2 to 16 August. Could you hold any deliveries "
                    "until I'm back, or leave them at the post office?\n"
                    "Thanks,\n"
                    "Sam"
                ),
            ),
            (
                "neutral",
                (
                    "Quick question for the community: what's the difference between "
                    "the 'eco' and 'auto' modes on the heat pump? Which do people "
                    "use overnight?"
                ),
            ),
            (
                "neutral",
                (
                    "Hello,\n"
                    "My new address from 1 October will be 14 Mill Lane, Hebden "
                    "Bridge, HX7 8AA. Please update your records.\n"
                    "Best wishes,\n"
                    "Alan Reed"
                ),
            ),
            (
                "neutral",
                (
                    "Tip for anyone setting this up: the pairing button is under the "
                    "rubber flap on the back, not on the front like the manual shows."
                ),
            ),
            (
                "neutral",
                (
                    "Good morning,\n"
                    "Could you send me a copy of last year's annual statement? I "
                    "need it for my tax return.\n"
                    "Many thanks,\n"
                    "E. Clarke"
                ),
            ),
            (
                "neutral",
                (
                    "Has anyone tried the beta firmware yet? Thinking of installing "
                    "it this weekend but would like to hear how it's going first."
                ),
            ),
            (
                "neutral",
                (
                    "Hi,\n"
                    "I'd like to add a second user to our business account. What "
                    "information do you need from them?\n"
                    "Regards,\n"
                    "Nadia"
                ),
            ),
            (
                "neutral",
                (
                    "For reference, my router model is the HX-220 and I'm on "
                    "firmware 5.1.3. Happy to post logs if that helps anyone "
                    "diagnose this."
                ),
            ),
            (
                "neutral",
                (
                    "Dear team,\n"
                    "I am writing to confirm that I would like to renew my policy on "
                    "the same terms. My reference is PL-77120.\n"
                    "Yours sincerely,\n"
                    "George Hall"
                ),
            ),
            (
                "neutral",
                "Moving this to the billing board as it's not really a technical question.",
            ),
            (
                "neutral",
                (
                    "Hello,\n"
                    "Is it possible to pay the remaining balance in two instalments "
                    "rather than one?\n"
                    "Thank you,\n"
                    "Maria"
                ),
            ),
            (
                "neutral",
                (
                    "Which of the plans includes international roaming? I travel to "
                    "Spain a few times a year."
                ),
            ),
            ("neutral", "Marking as solved for now, will reopen if the problem comes back."),
            (
                "neutral",
                (
                    "Hi there,\n"
                    "The meter reading for today is 08341 for electricity and 2219 "
                    "for gas.\n"
                    "Cheers,\n"
                    "Owen"
                ),
            ),
            ("neutral", "Does the warranty cover accidental damage, or is that a separate policy?"),
            (
                "neutral",
                (
                    "Good afternoon,\n"
                    "Please cancel the appointment on Thursday; I'll rebook once I "
                    "know my shifts for next week.\n"
                    "Kind regards,\n"
                    "Liam"
                ),
            ),
            (
                "neutral",
                (
                    "If you're on the Android app, the setting is under Profile > "
                    "Notifications > Alerts. On iOS it's in the main settings menu."
                ),
            ),
            (
                "neutral",
                (
                    "Hello,\n"
                    "I've received your letter about the price change. Could you "
                    "tell me whether it applies to fixed-term contracts too?\n"
                    "Thanks,\n"
                    "Fiona"
                ),
            ),
            (
                "positive",
                (
                    "Dear Mr Hughes,\n"
                    "I just wanted to say how grateful I am for the way you handled "
                    "my late husband's accounts. You made a hard week much easier.\n"
                    "With warm regards,\n"
                    "Margaret Ellis"
                ),
            ),
            (
                "positive",
                (
                    "Solved! Turned out to be the power-saving setting. Huge thanks "
                    "to everyone who chipped in, especially the suggestion on page 2."
                ),
            ),
            (
                "positive",
                (
                    "Hi,\n"
                    "Just a note to say the replacement arrived this morning and "
                    "works perfectly. Thank you for sorting it so quickly.\n"
                    "Best,\n"
                    "Chris"
                ),
            ),
            (
                "positive",
                (
                    "Been on this forum for years and the community here is "
                    "brilliant. Fixed my wifi dropouts in an afternoon with your "
                    "help."
                ),
            ),
            (
                "positive",
                (
                    "Hello,\n"
                    "The refund has come through. Thank you for your patience with "
                    "all my e-mails, and for keeping me updated.\n"
                    "Kind regards,\n"
                    "Sophie"
                ),
            ),
            (
                "positive",
                (
                    "Can confirm the new firmware fixes the overheating. Fan is "
                    "silent now and the unit runs cool. Great work, dev team."
                ),
            ),
            (
                "positive",
                (
                    "Dear team,\n"
                    "Our office move went without a hitch thanks to your engineers, "
                    "who had everything running before the staff arrived on Monday.\n"
                    "Many thanks,\n"
                    "Karen Lloyd"
                ),
            ),
            (
                "positive",
                (
                    "Following up on my earlier post: support rang me back within "
                    "the hour and replaced the unit free of charge. Couldn't ask for "
                    "more."
                ),
            ),
            (
                "positive",
                (
                    "Hi Jo,\n"
                    "Thank you so much for your help on the phone today. You were "
                    "patient, clear and you got it done. Much appreciated.\n"
                    "Paul"
                ),
            ),
            (
                "positive",
                (
                    "Five stars to whoever wrote the setup guide pinned at the top. "
                    "Had the whole system working in twenty minutes."
                ),
            ),
            (
                "positive",
                (
                    "Good evening,\n"
                    "I'd like to pass on my thanks to the driver who delivered our "
                    "fridge today. He was careful, cheerful and even took the "
                    "packaging away.\n"
                    "Regards,\n"
                    "Ian"
                ),
            ),
            (
                "positive",
                (
                    "Just switched over from my old provider and honestly wish I'd "
                    "done it years ago. Faster, cheaper and the app actually works."
                ),
            ),
            (
                "positive",
                (
                    "Hello,\n"
                    "I was dreading the call but your advisor was so kind and sorted "
                    "the payment plan in minutes. Thank you.\n"
                    "Debbie"
                ),
            ),
            (
                "positive",
                (
                    "Six months on the new tariff and the bills have come down by a "
                    "third. Very happy."
                ),
            ),
            (
                "positive",
                (
                    "Marking this solved: the replacement part arrived yesterday and "
                    "the washer's working like new. Thanks all for the advice!"
                ),
            ),
            (
                "positive",
                (
                    "Dear Customer Relations,\n"
                    "I wrote to you last month with a complaint, and I'd like to say "
                    "the response was excellent: fair, fast and genuinely helpful.\n"
                    "Yours sincerely,\n"
                    "D. Mensah"
                ),
            ),
            (
                "positive",
                (
                    "Really impressed with how quickly the moderators deal with spam "
                    "here. Keeps the board readable."
                ),
            ),
            (
                "positive",
                (
                    "Hi,\n"
                    "Just confirming everything is now working after the engineer's "
                    "visit. He went above and beyond, please pass on my thanks.\n"
                    "All the best,\n"
                    "Ruth"
                ),
            ),
            (
                "positive",
                (
                    "The new update is a big improvement. Battery lasts all day now "
                    "and the sync bug is gone."
                ),
            ),
            (
                "positive",
                (
                    "Thanks for the quick reply and the credit on my account, it's "
                    "very kind of you.\n"
                    "Best wishes,\n"
                    "Amir"
                ),
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", list(BLOCKS))
def test_the_forum_and_email_block_is_new_and_read_well_enough(name: str) -> None:
    # Unseen by the corpus and by every earlier round, then read right often enough.
    check_unseen_after({name: BLOCKS[name]}, *BEFORE_FRESH14, FRESH14_BLOCKS)
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Praise for what is no longer so is a complaint; a fear overcome is not.
        ("The app used to be so reliable.", "negative"),
        ("I used to dread calling you but this was easy, thank you!", "positive"),
        # A ticket closed "as resolved" is a label, not a remedy; a fix done is one.
        ("You closed my ticket as resolved but the fault is still there.", "negative"),
        ("The engineer fixed the leak within an hour.", "positive"),
    ],
)
def test_what_no_longer_holds_and_what_was_only_called_fixed(text: str, label: Label) -> None:
    assert classify(text) == label
