"""A tenth fresh check for `expresses_appreciation`, written in the tenth round (24
November 2026, fifteenth session) in registers the earlier checks left thin: hotel and
restaurant owners' replies to reviews, bank and insurance e-mails, gaming-support forums,
peer-support chats and SMS-style replies. Labelled by hand before any detector read it,
with the conventions of the earlier checks (`test_thanks_fresh9.py`).

First reads (F1 with precision and recall) and the read of the session's starting rules
(commit 055e303) of the same block:

- first block (61 rows): 0.882 (P 0.81, R 0.97); the same by the starting rules.
  Missed: "shoutout to <someone> for…". Look-alikes read as thanks: sarcasm with no
  valence word ("thanks for kicking me out of the lobby right before the final round",
  "cheers for the 40-minute queue just to get disconnected", "thanks a bunch for closing
  my ticket without reading it"), thanks asked about ("do I need to thank the bank
  for…?"), "I appreciate that, but we're not able to…" before a refusal, gratitude
  others urge ("telling me to be thankful it wasn't worse") and "I'll pass on the
  upgrade, thanks anyway".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads, assert_labelled_block

#: (line, "A" when it shows appreciation), labelled before any read.
FIRST_BLOCK: list[tuple[str, str]] = [
    # Thanks: owners' replies to reviews.
    (
        "Dear Ms Patel, thank you for choosing to stay with us for your anniversary and for"
        " such a generous review.",
        "A",
    ),
    (
        "We're so grateful you took the time to tell us about the slow breakfast service;"
        " it has been raised with the kitchen team.",
        "A",
    ),
    ("Thank you, Graham, for the lovely words about our sourdough.", "A"),
    ("It means a great deal that you came back for a third summer, so thank you.", "A"),
    ("That's really kind of you to mention our night porter by name.", "A"),
    (
        "Thank you for your honest feedback, Sam; we're sorry the pasta arrived cold.",
        "A",
    ),
    ("We really value you bringing the broken lift to our attention.", "A"),
    # Thanks: bank and insurance e-mails.
    (
        "Thank you for contacting Northgate Bank about the disputed payment.\n\nYours"
        " sincerely,\nCustomer Relations",
        "A",
    ),
    (
        "We appreciate your patience while our assessor reviewed the photos of your kitchen.",
        "A",
    ),
    (
        "Please find the renewal documents attached.\n\nIf anything looks wrong, reply to"
        " this e-mail.\n\nThanks again and kind regards,\nOwen Reilly\nPolicy Team\nHarbour"
        " Mutual Insurance\nTel: 0300 000 1234",
        "A",
    ),
    ("Grateful for your patience while we verify the transfer; it should clear by Thursday.", "A"),
    ("We'd like to thank you for banking with us for fifteen years.", "A"),
    ("Thank you for your understanding, and for staying on the line so long today.", "A"),
    ("The claims team thanks you for flagging the broken upload link.", "A"),
    # Thanks: gaming-support forums.
    ("Huge thanks to the mod who restored my account, you're a legend.", "A"),
    ("Shoutout to Kira on the support team for sorting my refund in ten minutes 🙏", "A"),
    ("ty devs, the patch finally fixed the desync", "A"),
    ("You've been an absolute star, the ticket's closed and I'm back in ranked.", "A"),
    ("Appreciate the quick hotfix, devs!", "A"),
    ("Kudos to the night shift for getting the servers back up.", "A"),
    # Thanks: peer-support chats.
    ("honestly thank you for listening last night, I didn't feel so alone", "A"),
    ("I'm so grateful this group exists.", "A"),
    ("you always know what to say, I appreciate you", "A"),
    ("Sending thanks to everyone who checked in on me this week ❤️", "A"),
    ("you've been such a rock for me these past months", "A"),
    ("Please thank the nurses on ward six for me, they were wonderful.", "A"),
    # Thanks: SMS-style replies.
    ("thx hun x", "A"),
    ("cheers mate, got it", "A"),
    ("Ta for the lift, see you Monday", "A"),
    ("Thanks so much, the plumber's booked for 9", "A"),
    ("Much appreciated! Will pay the balance tonight", "A"),
    # Look-alikes: sarcasm, with and without a cue.
    ("Thanks for kicking me out of the lobby right before the final round.", ""),
    ("Great, thanks for deleting my loadouts with the update.", ""),
    ("Cheers for the 40-minute queue just to get disconnected.", ""),
    ("Thanks a bunch for closing my ticket without reading it.", ""),
    ("Wow, thanks for the 'fix' that broke controller support.", ""),
    ("Do I need to thank the bank for charging me twice?", ""),
    # Look-alikes: a concession before a no.
    ("I appreciate that, but we're not able to refund a non-refundable rate.", ""),
    ("While we appreciate your frustration, the charge was correct.", ""),
    (
        "We appreciate it may be inconvenient, but the branch will close at 1pm on Friday.",
        "",
    ),
    # Look-alikes: thanks quoted, reported, withheld, meant, or as a topic.
    (
        "Your message says 'thank you for the quick reply' but I can't see which booking it"
        " refers to.",
        "",
    ),
    ("The customer wrote 'many thanks' at the bottom, so I closed the ticket.", ""),
    ("He said he appreciates everything we do, which was nice to hear.", ""),
    ("I'm not grateful for any of this, I'm just tired.", ""),
    ("people keep telling me to be thankful it wasn't worse", ""),
    ("I want to thank him but I don't even know his name.", ""),
    ("My mum never once thanked me for looking after her.", ""),
    ("Appreciation night for volunteers is on the 12th.", ""),
    ("Gratitude journals never worked for me.", ""),
    # Look-alikes: cause, refusals and requests.
    ("Thanks to a system error, your statement showed the wrong balance.", ""),
    ("No thanks, I don't need the premium cover.", ""),
    ("I'll pass on the upgrade, thanks anyway.", ""),
    ("We would be grateful if you could send a copy of the police report.", ""),
    # Neutral lines from the same registers.
    ("Your claim was declined because the policy had lapsed.", ""),
    ("Please confirm the last four digits of the card.", ""),
    ("Kindly return the signed form within 14 days.", ""),
    ("running late, b there in 10", ""),
    ("ok see u at 6", ""),
    ("Our check-in time is 3pm, as stated on the booking confirmation.", ""),
    ("We're disappointed you felt the portions were small, as every dish is weighed.", ""),
    ("The maintenance window starts at 02:00 server time.", ""),
]
