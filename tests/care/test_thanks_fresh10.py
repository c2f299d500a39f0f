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
  upgrade, thanks anyway". Decided by kind, not by line: the sarcasm frames that began
  with "thanks" take every word of thanks ("cheers / thx / ty for the queue", "cheers for
  nothing"); thanks for shutting the speaker out ("kicking / banning / muting me",
  "locking / logging me out"; "logging me in", "helping me out" and "dropping me off"
  stay thanks); thanks for something that only led to a let-down ("only to be told",
  "just to get cut off"; "just to be sure" stays thanks); "without reading / even
  checking" is negligence as "without telling" was ("without asking questions" is a
  favour); a duty to thank asked about ("am I meant to thank…?"; "can I just say thank
  you?" is thanks, and was missed before); "I appreciate that, but" followed by a no
  ("can't", "still applies", "nothing more") concedes, so `test_thanks_fresh9.py`'s
  decision that "I appreciate that, but the fee still applies" is thanks was revised
  ("…but you didn't have to" stays thanks); gratitude urged by others ("telling me to be
  thankful"); an offer passed on ("I'll pass on the upgrade, thanks"). And as thanks: a
  shout-out (or "respect to…") that names something done for the speaker ("for sorting
  my refund", "who found my wallet"; the development raters leave a shout-out for a
  stance unticked, and "pay respect to" is homage); "thanks to <someone> for
  <something>" (a cause takes no "for": "thanks to my sister for the tip" was read as a
  cause); a message that "just says thanks" is reported ("our team says thank you"
  stays thanks); gratitude without the word, from the brief's list ("you went above
  and beyond", "what a kind thing to say", "touched by your card", "can't tell you how
  much that helped"). After: 1.000. Dev 0.934 with no row changed; the 2,164 rows of
  the earlier checks 2,128 -> 2,132 right (four shout-outs and sarcasm kinds written
  by earlier rounds and left). One neutral row, read right, was reworded after the read
  because `test_thanks_apologies_fresh7.py` held it word for word.
- second block (61 rows, the same registers), written after that: 0.812 (P 0.72, R
  0.93); the starting rules 0.800 (P 0.70): of the first block's kinds only "I
  appreciate that, however…" carried over; the other look-alikes were new kinds again.
  Missed: "ta x" and a vocative "Legend, that fix worked". Read as thanks: sarcasm in
  new shapes (a scare-quoted "'priority' support", "wiping my inventory", "oh thanks,
  now the game won't even launch", "…really fun", "the generous 2p interest", "sending
  my new card to my old address"), "while I appreciate the suggestion, we won't…", the
  customer's gratitude reported ("you said you were grateful…"), gratitude withheld
  ("can't bring myself to feel grateful"), thanks as a habit ("he only says thanks
  when…") and "I'll give the loyalty scheme a miss, cheers". Decided by kind: any word
  in scare quotes after "thanks for the" is irony (not only "help" or "support"); thanks
  for wiping, erasing, bricking, corrupting or nerfing what is the speaker's ("wiping
  down the table" stays thanks); "thanks, now it won't / can't / no longer…";
  "while / although I appreciate X," concedes whatever follows; someone's gratitude
  reported after a speech verb; gratitude the speaker can't or won't feel ("couldn't be
  more grateful" and "can't be grateful enough" stay thanks); thanks said "only /
  always / rarely" (a habit); "give <anything> a miss". As thanks: "ta" with a kiss or
  ending the message, and a vocative of praise opening it ("Legend, …", "Hero, …"; "he's
  a legend" is not). After: 0.952 (P 0.91, R 1.00); left: sarcasm with no cue at all
  ("…really fun", "the generous 2p interest", "sending my new card to my old
  address"), the same shape as sincere thanks ("thanks for the tour, really fun").
  Dev 0.934 with no row changed; the earlier checks 2,134 of 2,164 right.
"""

from __future__ import annotations

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads, assert_labelled_block
from .test_thanks_fresh9 import repeated_lines

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
    ("Gratitude journals never did much for me.", ""),
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

#: The second block, written after the first block's changes; labelled before any read.
SECOND_BLOCK: list[tuple[str, str]] = [
    # Thanks: owners' replies to reviews.
    (
        "Dear Mr Okafor, many thanks for staying with us during the festival and for the kind"
        " mention of our rooftop bar.",
        "A",
    ),
    (
        "We were delighted to read your review, and we're thankful you chose us for your"
        " daughter's christening lunch.",
        "A",
    ),
    ("Thank you for dining with us, Priti, and for flagging the noise from the kitchen door.", "A"),
    ("Your review absolutely made our week, thank you.", "A"),
    ("That's ever so kind of you to say.", "A"),
    ("We owe a big thank you to our regulars for their patience during the refit.", "A"),
    # Thanks: bank and insurance e-mails.
    (
        "Thank you for letting us know about your change of address; your new cards will"
        " follow in 5 working days.",
        "A",
    ),
    (
        "We're grateful for the extra information about the water leak, which has helped"
        " the loss adjuster.",
        "A",
    ),
    (
        "I've attached the certificate of insurance and the policy wording.\n\nShould you"
        " have any questions, please call us on the number below.\n\nWith thanks,\n\n"
        "Siobhan Kerr\nUnderwriting Assistant\nRedfern Insurance Services Ltd\nRegistered"
        " in England No. 0123456",
        "A",
    ),
    ("Thanks for bearing with us while we reissued the PIN.", "A"),
    ("Really appreciate you sending the receipts over so quickly.", "A"),
    ("Grateful for your understanding while our card machine was down.", "A"),
    # Thanks: gaming-support forums.
    (
        "massive thanks to whoever on the support team unbanned my account, it was a false flag",
        "A",
    ),
    ("Props to the dev team for actually listening to the feedback on matchmaking.", "A"),
    ("thanks for the quick response, the workaround got me back in", "A"),
    ("Legend, that config fix worked first try.", "A"),
    ("You're a lifesaver, I thought my 300-hour save was gone.", "A"),
    # Thanks: peer-support chats.
    ("Thank you all for being here tonight. It helps more than you know.", "A"),
    ("I'm really grateful you shared that, it took courage.", "A"),
    ("that means so much, honestly", "A"),
    ("I appreciate you checking in, it's been a rough week", "A"),
    ("You've been so patient with me while I've been all over the place.", "A"),
    ("I'm thankful for this community every single day.", "A"),
    # Thanks: SMS-style replies, and thanks to a third party.
    ("ta x", "A"),
    ("tysm!! see u sat", "A"),
    ("Cheers, that's the parcel sorted", "A"),
    ("thanks babe, home safe", "A"),
    ("Thank u for picking the kids up ❤️", "A"),
    ("Please give my thanks to the engineer who came out on Sunday.", "A"),
    (
        "A massive thank you to Jenny at the Leeds branch, who stayed late to sort my"
        " mortgage paperwork.",
        "A",
    ),
    # Look-alikes: sarcasm.
    ("Thanks for the 'priority' support that took nine days.", ""),
    ("Cheers for wiping my inventory during the server rollback.", ""),
    ("Thanks for matching me with bots all night, really fun.", ""),
    ("Oh thanks, now the game won't even launch.", ""),
    ("Thank you for the generous 2p interest on my savings.", ""),
    ("Thanks a lot for sending my new card to my old address.", ""),
    # Look-alikes: a concession before a no.
    ("We appreciate that, however the excess remains payable under the policy.", ""),
    ("I appreciate you've been a loyal customer, but the rate can't be matched.", ""),
    ("While I appreciate the suggestion, we won't be adding a kids' menu.", ""),
    # Look-alikes: thanks quoted, reported, withheld, or as a topic.
    ("You signed off with 'cheers' so I assumed you were happy with the fix.", ""),
    ("The guest thanked our receptionist by name in her review.", ""),
    (
        "In your last email you said you were grateful for the refund, but now you're asking"
        " for more?",
        "",
    ),
    ("My counsellor says gratitude lists help, but I'm not convinced.", ""),
    ("I can't bring myself to feel grateful right now.", ""),
    ("He only says thanks when he wants something.", ""),
    ("Staff appreciation lunch is moved to Thursday.", ""),
    ("Thank-you vouchers are sent within 48 hours of a referral.", ""),
    # Look-alikes: requests, cause, refusals and relief.
    ("We'd appreciate it if you could return the old card cut in half.", ""),
    ("Thanks to the new firmware, my controller keeps disconnecting.", ""),
    ("no thx, im good", ""),
    ("Nah thank you, I'll sort it myself.", ""),
    ("I'll give the loyalty scheme a miss, cheers.", ""),
    ("Thankfully the leak didn't reach the wiring.", ""),
    ("Grateful it's only water damage to the hallway and not the whole flat.", ""),
    # Neutral lines from the same registers.
    ("Your payment of £42.50 was received on 3 March.", ""),
    ("Please allow 5 to 7 working days for the refund to appear.", ""),
    ("we're fully booked that night, sorry", ""),
    ("wot time u finishing", ""),
    ("The server restart is scheduled for 6am UTC.", ""),
    ("Can you send me a screenshot of the error?", ""),
    ("Breakfast is served until 10:30 on weekends.", ""),
]

#: block -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[str, tuple[float, float, float]] = {
    "first": (0.97, 0.97, 0.97),
    "second": (0.88, 0.97, 0.93),
}
BLOCKS = {"first": FIRST_BLOCK, "second": SECOND_BLOCK}


@pytest.mark.parametrize("block", list(FLOORS))
def test_each_block_keeps_its_floor(block: str) -> None:
    assert_labelled_block(BLOCKS[block], "A", FLOORS[block])


def test_no_line_repeats_one_of_an_earlier_check() -> None:
    earlier = ("test_thanks_apologies_fresh*.py", "test_thanks_fresh9.py")
    assert repeated_lines(BLOCKS, *earlier) == []


#: One sentence for each kind this round decided, read alone:
#: kind -> (sentence, whether it shows appreciation).
KINDS: dict[str, tuple[str, bool]] = {
    # Sarcasm: the frames for thanks for a harm take every word of thanks.
    "cheers for a harm": ("Cheers for the two-hour queue.", False),
    "thx for nothing": ("thx for nothing, cancelling my sub", False),
    "cheers for the help": ("Cheers for the help with the router!", True),
    # Sarcasm: thanks for shutting the speaker out.
    "shut out of the game": ("Thanks for booting me from the squad mid-game.", False),
    "locked out of the account": ("Cheers for locking us out of the portal.", False),
    "logged in stays thanks": ("Thanks for logging me in, it works now.", True),
    "helped out stays thanks": ("Thanks for helping me out with the forms.", True),
    "dropped off stays thanks": ("Thanks for dropping me off at the depot.", True),
    # Sarcasm: thanks for something that only led to a let-down.
    "only to be told": ("Thanks for the callback, only to be told to ring again.", False),
    "just to get cut off": ("Thanks for the wait just to get cut off.", False),
    "just to be sure stays thanks": (
        "Thanks for ringing back just to be sure the meter reads right.",
        True,
    ),
    "closed without reading": ("Thanks for closing the case without even reading it.", False),
    "without questions stays thanks": (
        "Thanks for swapping the shoes without asking questions.",
        True,
    ),
    # Thanks asked about as a duty.
    "a duty to thank asked about": ("Am I meant to thank you for a voucher?", False),
    "may I thank you": ("Can I just say thank you for all of this?", True),
    # A concession before a refusal.
    "appreciate that, but no": ("I appreciate that, but we can't move the date.", False),
    "appreciate that, but you didn't have to": (
        "We appreciate that, but you honestly didn't have to.",
        True,
    ),
    # Gratitude urged by others, and offers declined.
    "told to be grateful": ("My sister keeps telling me to be grateful for the job.", False),
    "an offer passed on": ("I'll pass on the extended warranty, thanks.", False),
    # Thanks to a third party, with what they did.
    "thanks to someone for something": ("Thanks to my cousin for taking the parcel in.", True),
    "a cause stays a cause": ("Thanks to the strike, the office shut early.", False),
    "a shout-out for something done for the speaker": (
        "Shout out to Mo on the night desk for finding my charger.",
        True,
    ),
    "a shout-out for a stance": ("Shout out to anyone still fighting for fair wages.", False),
    # Thanks reported as what a message says.
    "a message that says thanks": ("Her e-mail just says thanks, nothing about the refund.", False),
    "a team that says thanks": ("The whole crew says thank you for coming.", True),
    # Gratitude without the word thanks.
    "above and beyond": ("You went above and beyond for my dad.", True),
    "a lovely thing to say": ("What a kind thing to say about our staff.", True),
    "touched by": ("We were so touched by your card.", True),
    "can't say how much it helped": ("I can't tell you how much your advice helped.", True),
    # Second block, after its read.
    "a scare-quoted word": ("Thanks for the 'express' delivery, eleven days.", False),
    "wiping what is the speaker's": ("Cheers for erasing my build queue.", False),
    "wiping down stays thanks": ("Thanks for wiping down the counter.", True),
    "thanks, now it won't": ("Oh thanks, now the app won't open at all.", False),
    "thanks, now it works": ("Thanks, now it opens fine.", True),
    "while I appreciate": ("While we appreciate the idea, the bar closes at eleven.", False),
    "gratitude reported": ("You told me you were grateful for the upgrade last week.", False),
    "gratitude withheld": ("I just can't feel thankful for any of it.", False),
    "couldn't be more grateful": ("We couldn't be more grateful for your help.", True),
    "thanks as a habit": ("She always says thank you when she wants a favour.", False),
    "anything given a miss": ("We'll give the spa package a miss, thanks.", False),
    "ta with a kiss": ("ta xx", True),
    "a vocative of praise": ("Hero, the new cable fixed it.", True),
    "a legend talked about": ("He's a legend, my old coach.", False),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    assert_kind_reads(KINDS[kind][0], "A", KINDS[kind][1])
