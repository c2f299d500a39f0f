"""Customer sentiment on blind blocks of the ninth round (24 November 2026, seventh
session), in styles the earlier rounds did not cover: hotel reviews that weigh one
aspect against another (the room against the staff: a three-star stay is neutral, one
where the flaws win is a complaint), rail, bus and airline complaints told as plain
facts and clock times, insurance and bank e-mails, gaming and software support forums,
parents writing to a school, patient feedback and the opening lines of a counselling
chat (distress is negative, a plain question about the service neutral, a step taken
since the last talk positive). Each block holds 20 lines of each class; every label was
written into this file before the engine read a line, and each block was written only
after the changes the previous one led to.

First reads, against the rules this round started from (commit 60b6932, dev macro-F1
0.7602: tweets 0.744, TripAdvisor 0.710), macro-F1 in brackets (negative, neutral,
positive):

- `A`, on 60b6932 itself: 39 of 60 (0.645: 0.711, 0.684, 0.541), the worst first read
  of any round. Its errors by kind: lateness told only by clock times ("the 07:12 ...
  left at 07:58"); praise read as a complaint for a cue the rules weigh heavily: a
  duration that is time in use ("14 hours in and not a single freeze"), a denied
  effort said with "have to" ("didn't even have to phone once"), a problem put right
  with "sorted", the agent waiting for the customer, a lost card replaced; short
  three-star reviews read as praise ("fine for a night or two"); plain notes closed
  with a signature thanks read as praise; plain-fact complaints in forum posts read as
  praise for their function words; and the counselling lines, whose words no service
  lexicon knows ("proud of myself", "slept properly for the first time in weeks").
  The first changes: lateness by clock times is a wait (a time set, "the 07:12", "for
  a 9:30 start", "booked for 7pm", and one at least a quarter of an hour later with an
  arrival word, "left at", "showed up at", "seen at"; an arrival inside a window set,
  "8am to 12pm", is none); a duration followed by "in" and a pause ("three weeks in
  and") is time in use; "freeze" is a fault a negation denies; "have to" is effort like
  "had to" ("didn't even have to ring"); "sorted" puts right what follows it. A reads
  43 after them (the model refitted), dev 0.7601, the earlier blind lines (fresh1 to
  fresh8 and the held-out set, 2,270 lines) 2,048 -> 2,054. Then 141 corpus lines of
  our own for the block's kinds (counselling openers: distress, plain questions about
  the service, steps taken; patient feedback; notes to and from schools; game and
  software forum reports, questions and fixes; short three-star reviews and mixed ones
  where one side wins; notes closed by a signature thanks; lost things returned;
  clock-time lateness and punctuality; sarcasm with no praise word), "waited" whose
  subject serves the customer ("the driver waited", "she kindly waited") is no wait,
  and a stay the customer chose ("stayed two hours") is no wait either: A 47, dev
  0.7606, the earlier blind lines 2,058. Tried and left out: function words ("the",
  "it", "was") held five times closer to zero in the fit, since they lean to praise
  and pull plain-fact complaints that way (A 46, but the earlier lines 2,030).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import read

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import BLOCKS as FRESH6_BLOCKS
from .test_sentiment_fresh6 import check_unseen, earlier_checks
from .test_sentiment_fresh7 import BLOCKS as FRESH7_BLOCKS
from .test_sentiment_fresh8 import BLOCKS as FRESH8_BLOCKS

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        45,
        [
            (
                "negative",
                (
                    "The room itself was lovely and the bed comfy, but the woman on reception "
                    "rolled her eyes when we asked for a late checkout and then charged us £40 "
                    "for leaving at 11:20. Wouldn't go back."
                ),
            ),
            (
                "negative",
                ("The 07:12 from Didcot left at 07:58. Got to my exam at 09:40 for a 09:30 start."),
            ),
            (
                "negative",
                (
                    "Stood at the stop on Harbour Road from 5:50 to 6:45. Three buses on the app, "
                    "zero buses on the road."
                ),
            ),
            (
                "negative",
                (
                    "Boarding closed at 14:05. We were at the gate at 14:02 and the door was "
                    "shut. The plane didn't push back till 14:50."
                ),
            ),
            (
                "negative",
                (
                    "Dear Sir or Madam, I submitted my claim (ref CL-20931) on 3 March with all "
                    "the photos you requested. It is now 19 May and I have been asked for the "
                    "same photos for the third time."
                ),
            ),
            (
                "negative",
                (
                    "I was charged a £25 overdraft fee on a day my account was £3 in credit. "
                    "Statement attached. Please refund it and explain how this happened."
                ),
            ),
            (
                "negative",
                (
                    "Since patch 2.4 the game freezes on the loading screen every time I enter "
                    "the Docks. Verified files, reinstalled, new drivers. 60 hours of progress "
                    "and I can't play."
                ),
            ),
            (
                "negative",
                (
                    "Upgraded to v5 and every macro I'd written over four years is gone. Not a "
                    "word about it in the release notes."
                ),
            ),
            (
                "negative",
                (
                    "Dear Mrs Patel, this is the second week Leo has come home without his "
                    "reading book being changed. He has read the same book six times now."
                ),
            ),
            (
                "negative",
                (
                    "Waited two hours past my appointment time and the doctor spent four minutes "
                    "with me without once looking up from the screen."
                ),
            ),
            (
                "negative",
                (
                    "hi. i don't really know why i'm here. everything just feels pointless at the "
                    "moment and i can't stop crying"
                ),
            ),
            (
                "negative",
                (
                    "I've been having panic attacks at work all week and I'm scared I'm going to "
                    "lose my job."
                ),
            ),
            ("negative", "Ah yes, a replacement bus that takes longer than walking. Genius."),
            (
                "negative",
                (
                    "location perfect, room clean, however staff rude at check-in, told wait 2 "
                    "hours for room, air con broken first night nobody came to fix, would not "
                    "stay again"
                ),
            ),
            (
                "negative",
                (
                    "Your app says the transfer went through on Friday. My landlord says nothing "
                    "has arrived. Now I've got a late fee from him."
                ),
            ),
            (
                "negative",
                (
                    "Bought the season pass on the 2nd, it still doesn't show on my account, and "
                    "support closed my ticket as resolved without replying."
                ),
            ),
            (
                "negative",
                (
                    "The receptionist told my mum, who is 84, to just use the online form. She "
                    "doesn't own a computer."
                ),
            ),
            (
                "negative",
                "Booked seat 42 in coach D. There was no coach D. Stood from Crewe to Euston.",
            ),
            (
                "negative",
                (
                    "My daughter was left at the gate at 3:30 because nobody told us the trip was "
                    "back late. I found her on her own at 4:15."
                ),
            ),
            (
                "negative",
                (
                    "Renewal quote came in at £1,140. Last year it was £680. No claims, same car, "
                    "same address."
                ),
            ),
            (
                "neutral",
                (
                    "Room was clean and handy for the station. Breakfast was basic and the walls "
                    "are thin. Fine for a night or two."
                ),
            ),
            (
                "neutral",
                (
                    "Staff were friendly enough, the room was smaller than the photos and the "
                    "shower took a while to heat up. About what you'd expect for the price."
                ),
            ),
            (
                "neutral",
                ("Does the 18:40 to Leeds still stop at Wakefield during the engineering works?"),
            ),
            (
                "neutral",
                ("My flight is at 06:10 on Thursday. What time does bag drop open at Terminal 2?"),
            ),
            (
                "neutral",
                (
                    "Is the number 9 running on the diversion route tomorrow or back to its "
                    "normal stops?"
                ),
            ),
            (
                "neutral",
                (
                    "Hello, please find attached the repair estimate and the photos of the bumper "
                    "for claim 55120. Let me know if you need anything else."
                ),
            ),
            (
                "neutral",
                (
                    "I'm moving abroad in June. Can I keep my current account open with a foreign "
                    "address, or do I need to switch to a different account?"
                ),
            ),
            (
                "neutral",
                (
                    "Does anyone know if cross-save works between the Switch and PC versions? "
                    "Thinking about buying it again on Steam."
                ),
            ),
            (
                "neutral",
                (
                    "Running 3.2.1 on Ubuntu 22.04. How do I change the default export folder? "
                    "The settings page only shows the cache path."
                ),
            ),
            (
                "neutral",
                (
                    "Dear Mr Okafor, Amara has a dentist appointment on Tuesday at 10:15 so "
                    "she'll be in after break. Thanks, Grace"
                ),
            ),
            (
                "neutral",
                (
                    "Could you let me know what the children need to bring for the museum trip on "
                    "Friday? Packed lunch, or do they buy food there?"
                ),
            ),
            (
                "neutral",
                "I'd like to book a blood test. Is it a fasting one or can I eat beforehand?",
            ),
            (
                "neutral",
                (
                    "Seen at 9:40. Nurse took bloods and said the results should be back within a "
                    "week."
                ),
            ),
            (
                "neutral",
                (
                    "Hi, my GP gave me this number. I'm not sure how this works, do I just type "
                    "what's on my mind?"
                ),
            ),
            ("neutral", "Is this chat confidential? And is there a limit on how long we can talk?"),
            ("neutral", "Right, got it. I'll send the form over tonight."),
            ("neutral", "What's the cut-off time for a same-day transfer on a Saturday?"),
            (
                "neutral",
                ("Flight BA1437 shows as delayed on the app. Is there a new departure time yet?"),
            ),
            (
                "neutral",
                (
                    "I changed my car on 4 April, the new registration is on the attached V5. "
                    "Will the premium change?"
                ),
            ),
            (
                "neutral",
                (
                    "Closing this thread: it turned out to be a proxy setting on our side. "
                    "Leaving it here in case someone else hits the same thing."
                ),
            ),
            (
                "positive",
                (
                    "The lift was out of action for a day, but the staff carried our cases up "
                    "four floors without a word of complaint and the room was spotless. Would "
                    "happily stay again."
                ),
            ),
            (
                "positive",
                (
                    "Small room, yes, but the view over the harbour and the breakfasts made up "
                    "for it ten times over."
                ),
            ),
            ("positive", "Train was due at 17:32 and we pulled in at 17:31. First time in months."),
            (
                "positive",
                (
                    "The captain held the plane for the twelve of us off the late connection. "
                    "Made it to my sister's wedding."
                ),
            ),
            ("positive", "The driver waited at the stop when he saw me running with the pram."),
            (
                "positive",
                (
                    "Claim paid in full eight days after I sent the photos. Didn't even have to "
                    "phone once."
                ),
            ),
            (
                "positive",
                (
                    "Lost my card in Lisbon on Saturday night and the new one was at my hotel by "
                    "Monday lunchtime."
                ),
            ),
            (
                "positive",
                (
                    "Hotfix 1.03 sorted the crash on my end, 14 hours in and not a single freeze. "
                    "Thanks devs."
                ),
            ),
            (
                "positive",
                (
                    "Whoever wrote the migration guide, thank you. Moved 40 repos over in an "
                    "afternoon."
                ),
            ),
            (
                "positive",
                (
                    "Dear Miss Hughes, Ella came home talking about volcanoes non-stop. She's "
                    "never been this excited about school. Thank you."
                ),
            ),
            (
                "positive",
                (
                    "Thank you for ringing me on Wednesday about Sam's fall. The office kept him "
                    "calm until I got there."
                ),
            ),
            (
                "positive",
                (
                    "The midwife stayed with us after her shift ended so we wouldn't have to meet "
                    "someone new."
                ),
            ),
            (
                "positive",
                (
                    "The nurse noticed I was shaking before the injection and talked me through "
                    "every step. Didn't feel a thing."
                ),
            ),
            (
                "positive",
                (
                    "I just wanted to say I went to the party on Saturday like we talked about. I "
                    "stayed two hours. I'm proud of myself."
                ),
            ),
            (
                "positive",
                (
                    "Talking last night helped more than I expected. I slept properly for the "
                    "first time in weeks."
                ),
            ),
            (
                "positive",
                (
                    "Just a note to say thank you to Daniel in the Leeds branch, who spent an "
                    "hour setting up my dad's power of attorney and never once rushed him."
                ),
            ),
            (
                "positive",
                (
                    "Got my account back within a day of the hack, with all the skins restored. "
                    "Really impressed."
                ),
            ),
            (
                "positive",
                (
                    "Ordered the replacement part Monday evening, fitted it Wednesday morning, "
                    "and the printer's been running ever since."
                ),
            ),
            (
                "positive",
                (
                    "Cabin crew spotted it was my son's first flight and the pilot let him sit in "
                    "the cockpit after we landed."
                ),
            ),
            (
                "positive",
                (
                    "great stay, room bit dated and bathroom tiny but spotless, staff could not "
                    "do enough, breakfast amazing, walk everywhere, definitely return"
                ),
            ),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    rounds = (FRESH6_BLOCKS, FRESH7_BLOCKS, FRESH8_BLOCKS)
    later = [row for blocks in rounds for _floor, rows in blocks.values() for row in rows]
    check_unseen(BLOCKS, earlier_checks() + later)


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "late"),
    [
        # A time set and a later time at which something happened: the gap complains.
        ("The 18:05 to Bristol didn't leave until 18:50.", True),
        ("Our slot was 2pm and the engineer turned up at 4:30.", True),
        ("Booked a table for 7pm and we were seated at 8:15.", True),
        # Opening hours, or an arrival inside the window set, are no lateness.
        ("Is the pharmacy open from 9:00 till 17:30 on Saturdays?", False),
        ("The slot was 8am to 12pm and the driver came at 11:40.", False),
        ("The 06:10 left at 06:12.", False),
    ],
)
def test_lateness_told_by_clock_times(text: str, late: bool) -> None:
    assert (read(text).score <= -3.0) == late


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # How long something has been in use is no wait.
        ("Three months in and the battery still lasts two days.", "positive"),
        ("Spent 3 hours in the queue.", "negative"),
        # A freeze is a fault a negation denies; "sorted" puts a problem right.
        ("Two patches later and not a single freeze.", "positive"),
        ("The game froze three times in one match.", "negative"),
        ("The plumber sorted the leak the same morning.", "positive"),
        # "have to" is effort, and denied it is praise like "never had to".
        ("Didn't even have to ring them once, the refund just appeared.", "positive"),
        ("I have to ring every month to get the discount applied.", "negative"),
    ],
)
def test_use_over_time_denied_freezes_and_effort(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # The one serving the customer waiting is a kindness; the customer's wait is not.
        ("The guard kindly waited while my dad got his walker off the train.", "positive"),
        ("We waited 40 minutes for a table.", "negative"),
        # A duration the customer chose to stay is no wait.
        ("We loved the open day and stayed three hours in the end.", "positive"),
    ],
)
def test_the_agent_waiting_and_a_chosen_stay(text: str, label: Label) -> None:
    assert classify(text) == label
