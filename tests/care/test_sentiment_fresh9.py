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

- `B`, after commit 846fe7b (the above): 51 of 60 (0.850: 0.800, 0.950, 0.800); the
  start rules 50 (0.833). Its errors by kind: a fraud stopped and a cancelled flight
  rebooked within the hour read as complaints for the harm they put right ("froze it
  before it went through"); a denied bad feeling ("didn't make me feel judged"); a
  counselling step taken that names the trouble ("told my manager about the
  anxiety"); plain-fact complaints ("released on the 14th, refunded by the 16th", a
  child kept in at lunch "came home in tears", read as praise for "Dear" and
  "friend"); the same effort repeated ("set it up by hand five times"), with "hand"
  read by VADER as praise; a long review whose flaws win, read as praise for its
  glowing words; and a note signed "Thanks, Sarah" read as praise. The changes it
  led to: a thanks that signs off a note with a first name is manners; "Dear" opening
  a letter is no fondness; "never" before "so" or "this" and praise is a superlative
  ("never seen him so happy"), not a denial; an effort repeated "N times now",
  "already" or "in a row" complains like "the third time"; "hand" has no valence;
  and 51 corpus lines of our own (frauds stopped and trips rebooked, denied bad
  feelings, counselling steps that name the trouble, plain-fact game and school
  complaints, long reviews whose flaws win, signed notes, repeated efforts). B reads
  54 after them, A 48; dev 0.7603 (tweets 0.744, TripAdvisor 0.714); the earlier
  blind lines 2,058.

- `C`, after commit a534716 (the above): 49 of 60 (0.816: 0.791, 0.900, 0.757); the
  start rules 49 too (0.815), with other errors: the round's rules read the signed
  school note and the teacher who "spotted" a child's trouble right, but lost a
  complaint about the "third term running". Its errors by kind: plain-fact
  complaints with no complaint word (a father sent home at 11pm in a taxi alone,
  his medication left behind); sarcasm opened by praise with a word in scare quotes
  ("Fantastic, a 'priority' boarding that boards after everyone else"); a short
  three-star review read as praise again; a list of documents read as a wait ("the
  last three months of bank statements"); and praise told as a plain fact with a
  harm or a duration in it ("the day after the flood", "the fix came two days later",
  "there in 25 minutes", "didn't cry once"). The changes it led to: praise opening a
  turn whose rest puts a lower-case word in scare quotes is sarcasm; the same trouble
  "third ... running" or "in a row" complains. C reads 51 after them, A 48, B 54; dev
  0.7604; the earlier blind lines 2,058. Tried and left out: a negation right before a
  harm word ("didn't cry once", "never rude") as no complaint (dev 0.7597: "not bad"
  and "not difficult" in complaints turned), and 52 corpus lines for the block's kinds
  (the earlier lines 2,061 but dev 0.7598; without their praise lines dev 0.7605 but
  the earlier lines 2,054).

- `D`, after commit d4b9281 (the round's last change), read once and not mended: 45
  of 60 (0.745: 0.714, 0.927, 0.595); the start rules 46 (0.761), with one error less
  (a complaint about a child moved down a set "without anyone telling us", which the
  refitted layer reads as praise). Its misses are the round's open kinds: praise told
  as a problem put right ("our heating failed at 7pm and a gas engineer was here by
  8:15", a passport lost and handed back, a missed payment met with a payment break,
  "money worries" and a father's help), plain-fact complaints ("got chicken" for a
  vegetarian meal, "14,000 copies of my photos"), and sarcasm with scare quotes but
  no opening praise word ("Love that my 'next day' delivery is now on day six").

Over the three blocks first read after a change of this round's (B, C, D: 180 lines)
the engine got 145 right and the start rules 145: the round's rules and corpus lines
mend the kinds they were written for and carry over to new lines no better than the
noise. On `A`, written before any change, both read 39. Over every earlier block
(fresh1 to fresh8 and the held-out set, 2,270 lines, none in the corpus) the engine
now reads 2,058 right against the start rules' 2,048. Dev macro-F1 0.7604 (tweets
0.744, TripAdvisor 0.714) against 0.7602 at the start (0.744, 0.710); cost a turn
unchanged within noise (the clock check runs only when an arrival word is present).
Floors sit two or three under the final counts (A 46, B 52, C 49, D 43).
"""

from __future__ import annotations

import pytest

from legendary.care.sentiment import Label, classify
from legendary.care.sentiment_rules import read

from .test_sentiment_fresh5 import check_block
from .test_sentiment_fresh6 import BLOCKS as FRESH6_BLOCKS
from .test_sentiment_fresh6 import check_unseen_after
from .test_sentiment_fresh7 import BLOCKS as FRESH7_BLOCKS
from .test_sentiment_fresh8 import BLOCKS as FRESH8_BLOCKS

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        46,
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
    "B": (
        52,
        [
            (
                "negative",
                (
                    "The suite was gorgeous and the spa lovely, but we were woken at 6 by "
                    "drilling two mornings running, nobody warned us at booking, and the duty "
                    "manager's answer was a voucher for the bar. For £320 a night I expected an "
                    "apology at least."
                ),
            ),
            (
                "negative",
                (
                    "Coach was meant to leave Victoria at 22:30. The driver turned up at 23:55 "
                    "and we got into Edinburgh four hours late."
                ),
            ),
            (
                "negative",
                (
                    "Ferry timetable said 11:15. We sat in the car on the ramp until 13:40 with "
                    "no announcement."
                ),
            ),
            (
                "negative",
                (
                    "Your letter says my home insurance lapsed because a direct debit failed. The "
                    "money left my account on the 1st, I have the statement in front of me."
                ),
            ),
            (
                "negative",
                (
                    "Three weeks since I reported the card stolen and the disputed payments are "
                    "still showing as pending on my account."
                ),
            ),
            (
                "negative",
                (
                    "Bought the DLC twice because the store glitched at checkout. Refund request "
                    'denied as "digital content consumed".'
                ),
            ),
            (
                "negative",
                (
                    "Every firmware update for this router resets my port forwarding. I've set it "
                    "up by hand five times this year."
                ),
            ),
            (
                "negative",
                (
                    "Server went down during the tournament final and the whole team lost rank "
                    "points. Support says it's working as intended."
                ),
            ),
            (
                "negative",
                (
                    "Dear Mr Holt, Aisha was kept in at lunch for talking when she was asking a "
                    "friend for a pencil. She came home in tears."
                ),
            ),
            (
                "negative",
                (
                    "My son's EHCP review was due in March. It's July and we still haven't had a "
                    "date."
                ),
            ),
            (
                "negative",
                (
                    "The doctor prescribed something I'm allergic to even though it's on the "
                    "front of my notes in red."
                ),
            ),
            (
                "negative",
                (
                    "Rang at 8:00 on the dot for an appointment, number 43 in the queue, all gone "
                    "by 8:25."
                ),
            ),
            (
                "negative",
                (
                    "i dont know what to do anymore. i've tried everything and i still feel like "
                    "this every single day"
                ),
            ),
            ("negative", "I'm scared to go home tonight. He's been drinking since lunchtime."),
            (
                "negative",
                "Honestly can't believe I've been on this waiting list for fourteen months.",
            ),
            (
                "negative",
                (
                    "Nice of the airline to text me at 04:50 that my 07:00 flight was cancelled. "
                    "Really gave me time to plan."
                ),
            ),
            (
                "negative",
                (
                    "The room was fine. The two-hour wait for it, the broken kettle and the "
                    "receptionist who argued with us about our booking were not."
                ),
            ),
            (
                "negative",
                (
                    "Claim reference 88-4410: the assessor came, took photos, and I've heard "
                    "nothing in seven weeks. The ceiling is still bowing."
                ),
            ),
            (
                "negative",
                (
                    "The chatbot asked me to verify my identity four times and then said it "
                    "couldn't help with my request."
                ),
            ),
            (
                "negative",
                (
                    "Released on the 14th, refunded by the 16th. The game wouldn't get past the "
                    "intro video on any setting."
                ),
            ),
            (
                "neutral",
                (
                    "Clean room, comfortable bed, tiny bathroom, and the breakfast was fine if a "
                    "bit repetitive. Staff polite. Location a bit out of the way. Three stars "
                    "feels fair."
                ),
            ),
            (
                "neutral",
                (
                    "Decent hotel for a work trip: good desk and wifi, bland restaurant, car park "
                    "costs extra."
                ),
            ),
            ("neutral", "What time does the 22:15 sleeper start boarding at Euston?"),
            (
                "neutral",
                (
                    "Is there step-free access at Haymarket for the 09:40 service, and do I need "
                    "to book assistance?"
                ),
            ),
            (
                "neutral",
                (
                    "I'd like to add my son as a named driver from the 1st of next month. What "
                    "details do you need from him?"
                ),
            ),
            (
                "neutral",
                (
                    "Hi, can you confirm whether my travel insurance covers winter sports, or is "
                    "that an add-on?"
                ),
            ),
            (
                "neutral",
                (
                    "Could you send me a copy of my mortgage statement for the last tax year? "
                    "It's for my accountant."
                ),
            ),
            (
                "neutral",
                (
                    "My debit card expires at the end of this month. Will the new one come "
                    "automatically?"
                ),
            ),
            (
                "neutral",
                ("Is the Steam Deck version getting the same patch as PC, or does it lag behind?"),
            ),
            (
                "neutral",
                (
                    "Where are the config files stored on macOS? I want to back them up before "
                    "reinstalling."
                ),
            ),
            (
                "neutral",
                (
                    "Anyone know if the March update changed how the API handles rate limits? Our "
                    "calls started returning 429 after 100 a minute."
                ),
            ),
            (
                "neutral",
                (
                    "Dear Ms Reed, just to let you know Kai will be collected by his dad on "
                    "Wednesdays from now on. Thanks, Sarah"
                ),
            ),
            (
                "neutral",
                (
                    "Which day is the Year 4 class assembly? My husband would like to come if he "
                    "can get the morning off."
                ),
            ),
            ("neutral", "Can my mum collect my prescription for me if she brings her own ID?"),
            (
                "neutral",
                (
                    "I had my blood pressure checked at the pharmacy, it was 138 over 85. Do you "
                    "need that for my review?"
                ),
            ),
            ("neutral", "hello, I've never used a service like this before. is it free?"),
            (
                "neutral",
                (
                    "Could we talk about something that happened a long time ago? I'm not sure if "
                    "that's what this chat is for."
                ),
            ),
            (
                "neutral",
                "OK, thanks for explaining. I'll think about it and message again tomorrow.",
            ),
            ("neutral", "Please note my new phone number for your records: 07700 900123."),
            (
                "neutral",
                (
                    "The train is showing as on time for 16:05. Which platform does it usually "
                    "leave from?"
                ),
            ),
            (
                "positive",
                (
                    "Our flight was cancelled at 11pm and by midnight the airline had rebooked us "
                    "on the first one out and put us up in a hotel with breakfast."
                ),
            ),
            (
                "positive",
                (
                    "Room wasn't ready when we arrived at 2, so they gave us the spa for the "
                    "afternoon and upgraded us to a river view. Can't wait to come back."
                ),
            ),
            (
                "positive",
                (
                    "Honest review: small rooms, but spotless, a brilliant breakfast and a team "
                    "who remembered our names from the first evening. Worth every penny."
                ),
            ),
            (
                "positive",
                (
                    "Train due in at 18:10, arrived 18:09, and the guard came through with free "
                    "water because of the heat."
                ),
            ),
            (
                "positive",
                (
                    "Insurer had a glazier out to fix our smashed window the same evening. We "
                    "didn't have to chase a thing."
                ),
            ),
            (
                "positive",
                (
                    "My bank spotted a payment to a scam site and froze it before it went "
                    "through. Called me within minutes to check."
                ),
            ),
            (
                "positive",
                (
                    "The adviser set up a payment plan that I can actually afford and didn't make "
                    "me feel judged."
                ),
            ),
            (
                "positive",
                (
                    "Mod on the forum walked me through rolling back the driver step by step. "
                    "Game runs at 120 fps now."
                ),
            ),
            (
                "positive",
                (
                    "Latest update fixed the audio desync AND added the colourblind mode people "
                    "asked for. Great work."
                ),
            ),
            (
                "positive",
                (
                    "Support restored my deleted project from their backups. Two years of work, "
                    "back in an hour."
                ),
            ),
            (
                "positive",
                (
                    "Mr Ahmed stayed behind after the concert to help us find Lily's coat. She "
                    "hasn't stopped telling us about him."
                ),
            ),
            (
                "positive",
                (
                    "Since the new phonics group started, Oscar reads the cereal box to us every "
                    "morning."
                ),
            ),
            (
                "positive",
                ("Our GP referred me the same day and the specialist saw me within a fortnight."),
            ),
            (
                "positive",
                (
                    "The nurse who did my daughter's stitches let her choose the colour of the "
                    "plaster and she was so brave."
                ),
            ),
            (
                "positive",
                (
                    "I did the breathing thing we practised when I felt it coming on in the "
                    "supermarket and it passed."
                ),
            ),
            (
                "positive",
                (
                    "I told my manager about the anxiety like you suggested and she's letting me "
                    "work from home on Mondays."
                ),
            ),
            (
                "positive",
                (
                    "Talked to my teenager tonight without it turning into a row. Small win but "
                    "it feels huge."
                ),
            ),
            (
                "positive",
                (
                    "Booked for 7:30, sat down at 7:25, food out by 7:50. The kids' meals came "
                    "first without us asking."
                ),
            ),
            (
                "positive",
                (
                    "The engineer rang at 8:05 to say he was on his way, arrived at 8:20 and had "
                    "the boiler running by nine."
                ),
            ),
            (
                "positive",
                (
                    "Fourteen months of nagging letters from other lenders, and you sorted my "
                    "consolidation loan in a single call."
                ),
            ),
        ],
    ),
    "C": (
        49,
        [
            (
                "negative",
                (
                    "great breakfast, comfy beds, but housekeeping walked in on us twice without "
                    "knocking and the safe was broken, front desk shrugged, wouldn't return"
                ),
            ),
            (
                "negative",
                (
                    "@WestCoastTrains the 19:20 is now the 20:05. Third evening this week I've "
                    "missed bedtime with my kids."
                ),
            ),
            (
                "negative",
                (
                    "Last bus was timetabled for 23:10. It never came, and the one after that was "
                    "06:00."
                ),
            ),
            (
                "negative",
                (
                    "Hi, I was told my car insurance claim would be settled within 10 working "
                    "days. That was 6 weeks ago and I'm still paying for a hire car myself."
                ),
            ),
            (
                "negative",
                (
                    "Your fraud team blocked my card while I was abroad and then asked me to call "
                    "a number that doesn't work from overseas."
                ),
            ),
            (
                "negative",
                (
                    "My mortgage payment was taken twice this month and the branch says it could "
                    "take 10 days to return."
                ),
            ),
            (
                "negative",
                (
                    'Been stuck on "Connecting to server" since the 3.1 patch. Console and PC, '
                    "wired, router restarted, still nothing."
                ),
            ),
            (
                "negative",
                (
                    "Subscription renewed for another year at double the price with no reminder "
                    "email. Cancelled within the hour and still no refund."
                ),
            ),
            (
                "negative",
                (
                    "The integration stopped syncing on Friday and nobody on your team has looked "
                    "at my ticket since."
                ),
            ),
            (
                "negative",
                (
                    "Hello, this is the third term running that Evie's report has had another "
                    "child's name on it."
                ),
            ),
            (
                "negative",
                ("We weren't told the school trip cost £45 until the day before payment was due."),
            ),
            (
                "negative",
                (
                    "I arrived at 8:45 for a 9:00 appointment and was seen at 10:50. No one "
                    "explained the wait."
                ),
            ),
            (
                "negative",
                (
                    "The ward discharged my father at 11pm in a taxi on his own, with his "
                    "medication left behind."
                ),
            ),
            ("negative", "hi. im scared all the time and i dont know how to make it stop"),
            (
                "negative",
                (
                    "My partner checks my phone every night and I'm starting to feel like I'm "
                    "going mad."
                ),
            ),
            ("negative", "Fantastic, a 'priority' boarding that boards after everyone else."),
            (
                "negative",
                (
                    "The view from the balcony was stunning, but the bathroom was filthy and the "
                    "staff rude when we raised it. Won't be back."
                ),
            ),
            (
                "negative",
                (
                    "Parcel marked delivered at 13:02. I was in all day. The doorbell camera "
                    "shows nobody."
                ),
            ),
            (
                "negative",
                ("I've sent my meter readings four times already and the bill is still estimated."),
            ),
            (
                "negative",
                (
                    "Been a member for 11 years and had my loyalty discount taken away without a "
                    "word."
                ),
            ),
            (
                "neutral",
                (
                    "Room fine, location good, breakfast average, staff okay, noise from the "
                    "street late at night. Three stars."
                ),
            ),
            (
                "neutral",
                (
                    "Fine for a night. The bed was comfortable, the shower weak, and the car park "
                    "a bit of a squeeze."
                ),
            ),
            (
                "neutral",
                "What time does the first train from Paddington get into Cardiff on Sundays?",
            ),
            ("neutral", "Is the 7:15 ferry still running tomorrow with the wind forecast?"),
            (
                "neutral",
                (
                    "I'd like to change the address on my home insurance policy from the 1st of "
                    "the month. Do you need proof?"
                ),
            ),
            (
                "neutral",
                "How long does a CHAPS payment usually take to clear if I send it before 2pm?",
            ),
            (
                "neutral",
                "Can I link my savings account to my partner's current account for transfers?",
            ),
            ("neutral", "Is there a way to export my save to a USB stick on the PS5 version?"),
            (
                "neutral",
                (
                    "Where can I find the release notes for 2.8? The link on the download page is "
                    "broken."
                ),
            ),
            ("neutral", "Using the free tier. Is there a limit on how many projects I can create?"),
            (
                "neutral",
                (
                    "Dear Mrs Lowe, Ivy will be at her grandparents' this weekend so please send "
                    "her reading book home on Friday. Thanks, Mark"
                ),
            ),
            (
                "neutral",
                ("Can parents come along to the sports day, or is it just the children this year?"),
            ),
            ("neutral", "Hi, I need to update my address with the practice. Can I do that online?"),
            ("neutral", "Is the walk-in centre open on bank holidays?"),
            (
                "neutral",
                ("Hello. My friend told me about this chat. I'm not sure what I want to say yet."),
            ),
            ("neutral", "Do I have to give my name to talk to someone?"),
            ("neutral", "OK, I'll give that a go and let you know."),
            (
                "neutral",
                (
                    "I've attached my payslips and the last three months of bank statements as "
                    "requested."
                ),
            ),
            ("neutral", "The booking reference is QX7D2L, surname Morgan."),
            (
                "neutral",
                ("My flight lands at 15:40. Roughly how long from arrivals to the car hire desk?"),
            ),
            (
                "positive",
                (
                    "our room wasn't ready, manager gave us lunch on the house and upgraded us to "
                    "a suite, staff were so warm, can't recommend enough"
                ),
            ),
            (
                "positive",
                (
                    "Slept through a storm in the quietest room I've ever had. The little things, "
                    "like the note about the birdsong, made it."
                ),
            ),
            (
                "positive",
                (
                    "Train pulled out at 09:32 on the dot and we arrived two minutes early. "
                    "Coffee trolley came round twice."
                ),
            ),
            (
                "positive",
                (
                    "My 4pm appointment started at 3:55 and the dentist took her time explaining "
                    "everything."
                ),
            ),
            (
                "positive",
                (
                    "The loss adjuster came round the day after the flood and our first payment "
                    "landed that Friday."
                ),
            ),
            (
                "positive",
                (
                    "I panicked when I saw the payment go out twice, but the bank had reversed it "
                    "before I'd even called."
                ),
            ),
            (
                "positive",
                (
                    "The savings adviser set everything up in one call and checked in a month "
                    "later to see how I was getting on."
                ),
            ),
            (
                "positive",
                (
                    "Dev replied on the forum within an hour with a workaround, and the proper "
                    "fix came two days later."
                ),
            ),
            (
                "positive",
                (
                    "The new update halved loading times on my old laptop. Didn't expect that "
                    "from a free app."
                ),
            ),
            (
                "positive",
                (
                    "Support restored my account after the hack and added two-factor for me while "
                    "we were on the call."
                ),
            ),
            (
                "positive",
                (
                    "Mrs Osei spotted that Theo was struggling to see the board and suggested an "
                    "eye test. He now has glasses and his reading has taken off."
                ),
            ),
            (
                "positive",
                (
                    "Thank you for the lovely message about Daisy's first week. She talks about "
                    "her new friends every night."
                ),
            ),
            (
                "positive",
                (
                    "The receptionist rang to say a cancellation had come up and got me in the "
                    "same afternoon."
                ),
            ),
            (
                "positive",
                (
                    "Nurse Helen stayed past the end of her shift to make sure my mum settled on "
                    "the ward."
                ),
            ),
            (
                "positive",
                (
                    "I went back to the gym today for the first time since Christmas. I did "
                    "twenty minutes and didn't cry once."
                ),
            ),
            (
                "positive",
                (
                    "I did what you said and wrote down three things each night. This week it was "
                    "easier to find them."
                ),
            ),
            (
                "positive",
                (
                    "The cabin crew noticed my daughter's birthday badge and the pilot announced "
                    "it over the speakers."
                ),
            ),
            (
                "positive",
                (
                    "Locked myself out at 11pm and the locksmith your insurance sent was there in "
                    "25 minutes."
                ),
            ),
            (
                "positive",
                (
                    "Dropped my phone in a lake, and the shop had a replacement in my hand by "
                    "lunchtime under the cover."
                ),
            ),
            (
                "positive",
                (
                    "First time I've ever got through to a person at a bank in under a minute. "
                    "Sorted in five."
                ),
            ),
        ],
    ),
    "D": (
        43,
        [
            (
                "negative",
                (
                    "Beds were comfy and the pool was heated, but the buffet was cold by 8, the "
                    "room smelled of smoke and check-out tried to charge us for a minibar we "
                    "never touched. Two stars."
                ),
            ),
            (
                "negative",
                (
                    "The 17:50 was shown as on time until 17:49, then cancelled. The next one "
                    "left at 18:40 and stopped everywhere."
                ),
            ),
            (
                "negative",
                (
                    "Booked the airport shuttle for 5:15am. It came at 5:55 and I watched my "
                    "check-in close from the motorway."
                ),
            ),
            (
                "negative",
                (
                    "I've been sent a letter saying my pet insurance excess has doubled. Nobody "
                    "told me at renewal."
                ),
            ),
            (
                "negative",
                (
                    'My business account was frozen for a "routine review" and I can\'t pay my '
                    "staff on Friday."
                ),
            ),
            (
                "negative",
                'The transfer to my daughter has been "processing" for four working days.',
            ),
            (
                "negative",
                (
                    "Pre-ordered the collector's edition in January. It shipped without the art "
                    "book and support won't answer."
                ),
            ),
            (
                "negative",
                (
                    "The sync client duplicates every file in my shared folder. I now have 14,000 "
                    "copies of my photos."
                ),
            ),
            ("negative", "Three crashes in one ranked match and I get a 24-hour ban for leaving."),
            (
                "negative",
                (
                    "Dear Ms Carter, this is the second time Josh has come home with a head "
                    "injury and no accident slip."
                ),
            ),
            (
                "negative",
                (
                    "My daughter was moved down a maths set without anyone telling us, she found "
                    "out from a friend."
                ),
            ),
            ("negative", "The receptionist read my test results out loud in a full waiting room."),
            (
                "negative",
                (
                    "Spent six hours on a trolley in the corridor with a broken wrist before "
                    "anyone gave me pain relief."
                ),
            ),
            (
                "negative",
                (
                    "I can't face going back to work tomorrow. Every Sunday night it's the same "
                    "knot in my stomach."
                ),
            ),
            (
                "negative",
                "Everyone keeps telling me it gets easier. It's been a year and it hasn't.",
            ),
            ("negative", "Love that my 'next day' prescription delivery is now on day six."),
            (
                "negative",
                (
                    "Ordered the vegetarian meal for the flight, got chicken, and the crew said "
                    "there was nothing else."
                ),
            ),
            (
                "negative",
                (
                    "Paid the full deposit in June. The builder hasn't been back since the first "
                    "Tuesday."
                ),
            ),
            ("negative", "The app shows a balance of £0.00 and my wages went in at 6am."),
            (
                "negative",
                (
                    "Phoned at 9:00 when the lines opened, got through at 10:35, and was cut off "
                    "while being transferred."
                ),
            ),
            (
                "neutral",
                (
                    "The hotel itself is fine: clean rooms, small bathrooms, breakfast nothing "
                    "special. The location makes it worth a look."
                ),
            ),
            (
                "neutral",
                ("Okay for a short stay. Friendly bar, tired rooms, decent shower, noisy air con."),
            ),
            ("neutral", "What time does check-in open for the 06:30 to Alicante?"),
            (
                "neutral",
                (
                    "Is the 8:10 from Leeds to York running its normal timetable during the "
                    "half-term works?"
                ),
            ),
            (
                "neutral",
                (
                    "Could you tell me if my policy covers accidental damage to a laptop I use "
                    "for work?"
                ),
            ),
            (
                "neutral",
                (
                    "I'd like to set up a standing order of £50 on the 1st of every month into my "
                    "savings account."
                ),
            ),
            ("neutral", "Will the new card have the same PIN, or will you post a new one?"),
            ("neutral", "Is there an offline mode on the Switch version? We're going camping."),
            ("neutral", "Which Python versions does the 4.0 release support?"),
            (
                "neutral",
                ("Does the family plan let me set screen-time limits for each child separately?"),
            ),
            (
                "neutral",
                (
                    "Dear Mr Evans, Maisie has her grade 3 piano exam on Wednesday morning and "
                    "will be back by lunch. Kind regards, Helen"
                ),
            ),
            ("neutral", "When is the deadline for the secondary school application form?"),
            (
                "neutral",
                "Do I need to bring my vaccination record to the travel clinic appointment?",
            ),
            (
                "neutral",
                (
                    "My repeat prescription is due on the 14th, but I'm away from the 10th. Can "
                    "it be issued early?"
                ),
            ),
            (
                "neutral",
                (
                    "hi, is it okay if I just write for a bit? I don't really need advice, I just "
                    "want to get something off my chest"
                ),
            ),
            ("neutral", "Is this the number for parents as well, or only for young people?"),
            (
                "neutral",
                "That makes sense. I'll speak to the school on Monday and come back to you.",
            ),
            ("neutral", "The policy number is HX-443-219 and the incident was on the 2nd of May."),
            (
                "neutral",
                "Train due at 14:22, platform 4. Is there a lift at that end of the station?",
            ),
            (
                "neutral",
                "Please cancel the direct debit on my old account from the end of the month.",
            ),
            (
                "positive",
                (
                    "Creaky floors and a small shower, but our kids still talk about the "
                    "breakfast pancakes and the staff who let them help in the garden."
                ),
            ),
            (
                "positive",
                (
                    "Couldn't fault anything. Quiet room, proper coffee, and they kept our bags "
                    "until our 10pm train."
                ),
            ),
            (
                "positive",
                (
                    "Flight was due to leave at 14:10 and we were pushing back at 14:08. Landed "
                    "twenty minutes early too."
                ),
            ),
            (
                "positive",
                (
                    "Bus broke down at 22:40 and the replacement was with us by 23:00, with the "
                    "driver apologising all the way home."
                ),
            ),
            (
                "positive",
                (
                    "Renewed my car insurance and the new quote was £90 less than last year "
                    "without me even asking."
                ),
            ),
            (
                "positive",
                (
                    "The bank refunded the scam payment in full and sent a letter explaining how "
                    "to spot the next one."
                ),
            ),
            (
                "positive",
                (
                    "Called about a missed payment and the lady set up a three-month break before "
                    "I'd finished explaining."
                ),
            ),
            (
                "positive",
                ("Patch 2.3 fixed my controller drift and the game runs smoother than launch day."),
            ),
            (
                "positive",
                (
                    "Support spotted my order was stuck, pushed it through and threw in a month "
                    "of premium for the trouble."
                ),
            ),
            (
                "positive",
                (
                    "The plugin author fixed my issue within a day and thanked me for the "
                    "detailed report."
                ),
            ),
            (
                "positive",
                (
                    "Mr Singh noticed Chloe was sitting alone at lunch and set up a buddy group. "
                    "She has three friends now."
                ),
            ),
            (
                "positive",
                ("Our son's reading age has jumped two years since the new intervention started."),
            ),
            (
                "positive",
                ("The midwife came back on her day off to check on us. I won't ever forget that."),
            ),
            (
                "positive",
                (
                    "The optician found something at my routine check that the hospital said "
                    "could have cost me my sight."
                ),
            ),
            (
                "positive",
                (
                    "I made it to the end of the week without skipping a meal. That's the first "
                    "time this month."
                ),
            ),
            (
                "positive",
                (
                    "I spoke to my dad about the money worries like we practised, and he offered "
                    "to help."
                ),
            ),
            (
                "positive",
                "The crew brought a blanket and a hot drink for my mum without being asked.",
            ),
            (
                "positive",
                (
                    "Lost my passport at the airport and the staff had it back to me before "
                    "boarding, handed in by a cleaner."
                ),
            ),
            (
                "positive",
                ("Our heating failed at 7pm and a gas engineer was here by 8:15 the same night."),
            ),
            (
                "positive",
                (
                    "Only took one call. Account moved, direct debits switched, and a welcome "
                    "gift in the post."
                ),
            ),
        ],
    ),
}


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    check_unseen_after(BLOCKS, FRESH6_BLOCKS, FRESH7_BLOCKS, FRESH8_BLOCKS)


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


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A note signed off "Thanks, <name>" closes with manners; a salutation is no
        # fondness. Thanks with an exclamation, after praise, is still thanks.
        (
            "Dear Mr Price, Leo will be off on Monday for a hospital appointment. Thanks, Anna",
            "neutral",
        ),
        ("That's sorted it, you're a star. Thanks, Jo!", "positive"),
        ("Dear team, the boiler is leaking again and nobody has called back.", "negative"),
        # "never ... so/this" before praise is a superlative, not a denial.
        ("I've never seen my dad so pleased with a phone.", "positive"),
        # The same effort repeated "N times now" complains like "the third time".
        ("I've rebooted it five times now and it still won't connect.", "negative"),
    ],
)
def test_sign_offs_salutations_never_so_and_repeats(text: str, label: Label) -> None:
    assert classify(text) == label


@pytest.mark.parametrize(
    ("text", "sarcastic"),
    [
        # Praise opening a turn whose rest puts a word in scare quotes is not meant.
        ("Brilliant, the 'priority' line took longer than the normal one.", True),
        # A capitalised name in quotes is a button or a page, not disbelief.
        ("Perfect, clicked 'Save' and it all came back.", False),
    ],
)
def test_praise_opening_scare_quotes_is_sarcasm(text: str, sarcastic: bool) -> None:
    assert read(text).sarcastic == sarcastic


def test_the_same_trouble_n_times_running_complains() -> None:
    assert read("Fourth weekend running the lifts have been out of order.").score <= -3.0
    assert read("Our second car is running well.").score > -3.0
