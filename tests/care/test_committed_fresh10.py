"""Rude language, minimising, deflecting and non-apologies on a tenth blind block,
written first to measure rude language on new wording (session 20, 24 November 2026).

80 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in trades no earlier block used (tree surgeon,
skip hire, domain registrar, brewery taproom, web hosting, ferry operator, butcher,
accountant, piercing studio, taxi firm, board game café, camera rental, student
accommodation, podcast hosting, antiques dealer, fishing tackle, hot tub hire, wig
maker, physiotherapist, bus company, cheesemonger, e-bike subscription, bouncy castle
hire, post office, marquee hire, smart thermostat, bicycle courier, holiday let, rail
operator, 3D printing bureau, CCTV installer, hostel, audiobook app, pawnbroker,
conveyancing solicitor, alarm monitoring, spa, dance school, veg box, recording studio)
and registers no earlier block used (Nextdoor, eBay and Etsy messages, Bluesky and
Threads replies, a Matrix room, a GitHub issue, Google Business questions, an Airbnb
host message, a Teams message, a taxi dispatch radio, a Jira service desk, a YouTube
comment, a postcard). Labelled: 16 rude (RL: contempt, talking down, sarcasm at the
customer, "I've told you three times", "not my problem if you can't read", impatience),
10 minimising (MF), 10 deflecting (DF), 4 non-apologies (NA) and 40 hard negatives
(blunt but kind, firm limits, self-deprecating jokes, a rude colleague quoted in order
to apologise, "honestly" and "obviously" said kindly, the customer's own rude words
read back).

Reads (F1; tp/fp/fn):

- Blocks 3 and 6 at the session start (2775494), the fair measure of session 19's
  readings on wording they were not built on: rude_language 0.400 (1/0/3) and 0.000
  (0/0/10).
- First read, the rules at 2775494: rude_language 0.300 (3/1/13), minimises_feelings
  0.571 (4/0/6), deflects 0.625 (5/1/5), non_apology 0.857 (3/0/1). Wrong firings:
  rude_language on a hard negative (the taxi firm's "He told you to shut up? That's
  not acceptable…", a colleague's words reported in order to apologise), deflects on
  a rude line ("Not my problem if you can't read a dashboard", indifference to what
  the customer cannot do, no remit placed elsewhere), and blames_policy on a rude line
  ("…not there to read the rule book aloud…": `empowered.py`, not this helper's file,
  left). No other breaker fired on a hard negative.
- Readings, by kind (the author knew the block's lines), as clause structures in the
  lexicons:
  - rude (`breakers.json` rude_talking_down): a clause talking down to the customer
    or treating their trouble as a bother: sarcasm that what was asked of them was too
    much ("apparently that was too much to ask"), indifference to what they cannot do
    ("not my problem if you can't…"), their schooling or adulthood judged ("did nobody
    teach you…", "grown adults who can't…", "you can't be bothered"), remedial help in
    mockery ("shall I draw you a picture?", "using small words"), the fault in their
    seat, "some people just never listen", weariness ("for the fourth time today" with
    no apology or thanks around it, "you've said." alone), a bare order to read ("Read
    the error message."), "what did you expect?" of the customer's own expectation,
    mock praise ("Genius idea, I know."); a rude phrase in a colleague's reported words
    (reported_speech: "he told you to…", "she said '…'", the reporter not the agent)
    is not the agent's;
  - minimising: reframes after upset ("it'll make a funny story", "never did anyone any
    harm", "think of it as…" opening its clause, "in the grand scheme of things"), "not
    something to get worked up over", "I doubt anyone noticed", the customer's own
    thing called "just a <thing>", their own words denied ("hardly a ruined
    anniversary"), each only where the existing readings allow (an upset customer, no
    act or care in the turn);
  - deflection (`committed.json`): "isn't my department / our concern", a thing that
    belongs to its maker or publisher, "the other side's doing", a redirect to
    "whoever…" or a party's solicitor or landlord; "not my problem if you…" is no
    deflection (rude); a call already made to the party ("I've called them") owns it;
  - non-apology: "sorry if it felt <so> to you" with an excuse or "if".
- After: rude_language 1.000 (16/0/0), minimises_feelings 1.000 (10/0/0), deflects
  1.000 (10/0/0), non_apology 1.000 (4/0/0); no breaker of this helper's fires on a
  hard negative. Built against this block, so these say the readings hold, not that
  they generalise.
- Held out, read after the readings above were in: blocks 3 and 6 read exactly as at
  2775494 on every breaker (rude 0.400 (1/0/3) and 0.000 (0/0/10), minimising 0.800 and
  0.933, deflects 0.750 and 0.857, non_apology 0.500 and 0.800): none of their misses is
  of a kind the tenth block taught. Rude language on unseen wording stays the weak one:
  each block's sarcasm comes in its own words. Blocks 1-9 keep every figure; the
  breakers' firings on every development text (no breaker labels) gain three, each a
  curt word to the reader ("Read the rules.", "Read my post bro.", "What else did you
  expect?"), and lose none.
- Fairness, after (kind sentences written against the new readings' own words, in
  test_breakers.py): "for the third time" only as an afterthought tag or after a
  saying ("…, for the third time", "I'm telling you for the third time"), not "your
  card was declined for the second time"; a bare order to read only with a full stop
  ("Read the reviews!" is enthusiasm); "you've said it" is agreement; "in the grand
  scheme of things" only beside a judgement of smallness ("…, you've done nothing
  wrong" is none); "think of it as" only with a bright side ("…free exercise", not
  "…a deposit: you'll get it back"). Every figure above unchanged.
- Fairness, second pass (helper mendE, test_breakers_fair_s20.py, 29 lines labelled
  first, 17 read wrong before): "people like you" only with a negative judgement after
  it; a bare "Read the X." or "what did you expect?" not after care in the turn (an
  apology, thanks, good news, help given, a purpose) nor with an invitation to answer;
  "in small words" only as the manner of a saying verb; "For the fourth time today:"
  opening a sentence is weariness again; a worried customer's dismissal opening a
  colon with the reason, and "I doubt anyone noticed" of the customer's own slip,
  reassure. No hit of this block given up: every figure above unchanged.
"""

from __future__ import annotations

from .test_committed_fresh1 import BreakerBlockChecks, HardNegativeChecks, Line

BLOCK: list[Line] = [
    # Rude language (RL).
    Line(
        "tree surgeon Nextdoor reply",
        "You left branches all over my drive.",
        "Most clients manage to move their car before we arrive. Apparently that was too "
        "much to ask.",
        "RL",
    ),
    Line(
        "skip hire phone",
        "How many times do I have to ask when the skip is coming?",
        "I've told you three times now: Thursday. Write it down this time.",
        "RL",
    ),
    Line(
        "domain registrar Jira service desk",
        "I can't find where to renew my domain.",
        "It's the big green button that says Renew. Not my problem if you can't read a dashboard.",
        "RL",
    ),
    Line(
        "brewery taproom bar",
        "Is this beer supposed to taste this sour?",
        "It's a sour. It says sour on the board, in letters a foot high. Shall I draw you a "
        "picture?",
        "RL",
    ),
    Line(
        "web hosting GitHub issue",
        "The deploy docs don't work for me.",
        "They work for thousands of people. Perhaps the problem is sitting in your chair.",
        "RL",
    ),
    Line(
        "ferry operator Bluesky reply",
        "Why was the 6am sailing cancelled?",
        "Because of the gale, obviously. Do you ever look out of a window?",
        "RL",
    ),
    Line(
        "butcher counter",
        "Sorry, can you explain the difference between these two cuts again?",
        "Again? Look, I haven't got all day. Just pick one.",
        "RL",
    ),
    Line(
        "accountant e-mail",
        "I don't understand why I owe tax on this.",
        "I'll try to explain this slowly, using small words, since the last three attempts "
        "went over your head.",
        "RL",
    ),
    Line(
        "piercing studio Etsy message",
        "Can I change the stud myself after a week?",
        "Sure, if you fancy an infection. Some people just never listen.",
        "RL",
    ),
    Line(
        "taxi firm dispatch radio",
        "The driver still isn't here, it's been twenty minutes.",
        "Yeah, yeah, you've said. He gets there when he gets there.",
        "RL",
    ),
    Line(
        "board game café Google Business reply",
        "Staff were rude when we asked for the rules.",
        "Our staff are not there to read the rule book aloud to grown adults who can't be "
        "bothered.",
        "RL",
    ),
    Line(
        "camera rental counter",
        "How do I turn the stabiliser on?",
        "Ugh. It's the switch marked IS. Honestly, did nobody teach you to use a camera?",
        "RL",
    ),
    Line(
        "student accommodation portal message",
        "My heating has been off for two days.",
        "Have you tried turning it on? Genius idea, I know.",
        "RL",
    ),
    Line(
        "podcast hosting Matrix room",
        "My episode won't upload, what's going on?",
        "Read the error message. It's in English. It tells you exactly what's going on.",
        "RL",
    ),
    Line(
        "antiques dealer eBay message",
        "The clock arrived with a scratch you didn't mention.",
        "It's two hundred years old, darling. What did you expect, factory-fresh? Bless.",
        "RL",
    ),
    Line(
        "fishing tackle shop counter",
        "Which hook should I use for carp?",
        "You really don't know? Wow. OK, the size eight, for the fourth time today.",
        "RL",
    ),
    # Minimising (MF).
    Line(
        "hot tub hire e-mail",
        "The hot tub was cold all weekend, our anniversary was ruined.",
        "A lukewarm tub is hardly a ruined anniversary, you still had each other.",
        "MF",
    ),
    Line(
        "wig maker fitting room",
        "I cried when I saw the wig, it looks nothing like my hair.",
        "There's no need for tears over a wig, it's a small tweak at most.",
        "MF",
    ),
    Line(
        "physiotherapist Teams message",
        "I'm really anxious my knee won't recover before the wedding.",
        "You're worrying over nothing, knees like yours heal all the time.",
        "MF",
    ),
    Line(
        "bus company Threads reply",
        "The bus drove straight past me in the rain, I'm furious.",
        "It's one bus. Another comes along in twenty minutes, no harm done.",
        "MF",
    ),
    Line(
        "cheesemonger phone",
        "The cheese board for my dad's 70th was missing half the cheeses, I was mortified.",
        "I doubt anyone at the party even noticed, it's just cheese at the end of the day.",
        "MF",
    ),
    Line(
        "e-bike subscription in-app help",
        "I'm so frustrated, the battery died halfway up a hill and I had to push it home.",
        "A bit of pushing never did anyone any harm! Think of it as free exercise.",
        "MF",
    ),
    Line(
        "bouncy castle hire phone",
        "The castle turned up an hour late and my daughter was in tears.",
        "Kids cry at every party, she'll have forgotten by bedtime.",
        "MF",
    ),
    Line(
        "post office counter",
        "I'm really upset, the parcel to my gran got returned after three weeks.",
        "Three weeks isn't long in the grand scheme of things, honestly.",
        "MF",
    ),
    Line(
        "marquee hire e-mail",
        "The marquee leaked during the speeches and guests got wet, I'm devastated.",
        "A few drops of rain on a summer wedding is tradition, really. It'll make a funny story.",
        "MF",
    ),
    Line(
        "smart thermostat support chat",
        "I'm fed up, the app keeps logging me out.",
        "Logging back in takes seconds, it's really not something to get worked up over.",
        "MF",
    ),
    # Deflecting (DF).
    Line(
        "bicycle courier dispatch line",
        "My documents arrived soaked.",
        "We just ride the bikes. Packaging is the sender's business.",
        "DF",
    ),
    Line(
        "holiday let Airbnb host message",
        "The neighbours' dog barked all night.",
        "The neighbours are nothing to do with me, you'd have to knock on their door.",
        "DF",
    ),
    Line(
        "rail operator YouTube comment reply",
        "The station lift was out of order and I couldn't get to the platform.",
        "Stations are run by Network Rail, so that's theirs to answer for, not ours.",
        "DF",
    ),
    Line(
        "3D printing bureau order message",
        "The print warped, the corners lifted.",
        "That's down to your file, not the printer. You'd need to take that up with whoever "
        "designed it.",
        "DF",
    ),
    Line(
        "CCTV installer phone",
        "The camera app stopped working after the update.",
        "We fit the cameras; the app belongs to the manufacturer. Try their helpline.",
        "DF",
    ),
    Line(
        "hostel front desk",
        "Someone took my food from the shared fridge.",
        "What guests do in the kitchen isn't really our concern. Maybe label it next time.",
        "DF",
    ),
    Line(
        "audiobook app help centre reply",
        "The narration skips every few minutes.",
        "We don't produce the recordings. Any problem with the audio is for the publisher to fix.",
        "DF",
    ),
    Line(
        "pawnbroker counter",
        "The valuation you gave was half what the jeweller said.",
        "What other shops say isn't my department. Take it somewhere else if you like.",
        "DF",
    ),
    Line(
        "conveyancing solicitor e-mail",
        "The completion date slipped again, we're living out of boxes.",
        "Delays in the chain are the other side's doing. You'll have to chase their "
        "solicitor yourself.",
        "DF",
    ),
    Line(
        "alarm monitoring night line",
        "Your alarm went off at 3am for no reason.",
        "False alarms are really a matter for the engineers, and I'm just on the monitoring desk.",
        "DF",
    ),
    # Non-apologies (NA).
    Line(
        "spa reception",
        "The massage was far too rough, I'm bruised.",
        "I'm sorry if the pressure felt strong to you, but our therapists are fully trained.",
        "NA",
    ),
    Line(
        "dance school e-mail",
        "My daughter was left out of the show.",
        "We're sorry you see it that way, but casting is decided fairly.",
        "NA",
    ),
    Line(
        "veg box postcard reply",
        "Half the veg was rotten.",
        "Apologies if the box wasn't to your liking; produce does vary with the season.",
        "NA",
    ),
    Line(
        "recording studio booking e-mail",
        "The engineer was on his phone the whole session.",
        "Sorry you felt he wasn't paying attention; he was checking levels on an app.",
        "NA",
    ),
    # Hard negatives: no breaker.
    Line(
        "tree surgeon phone",
        "Can you take the whole oak down by Friday?",
        "Honestly, no, not by Friday: it needs a council permit first. I'll apply today and "
        "call you when it comes through.",
    ),
    Line(
        "skip hire Nextdoor reply",
        "Can I put an old fridge in the skip?",
        "Sadly fridges can't go in a skip, the gas has to be handled separately. We can "
        "collect it for £25 on the same trip if that helps.",
    ),
    Line(
        "domain registrar chat",
        "You're useless, my site's been down all morning.",
        "'Useless' is fair after a morning offline. The DNS record was our mistake; I've "
        "fixed it and your site should be back within ten minutes.",
    ),
    Line(
        "brewery taproom Google Business reply",
        "Your beer gave me a hangover from hell.",
        "Ha, I'm afraid that's the 8% stout doing what it does! Next time try our session "
        "pale, it's far kinder the morning after.",
    ),
    Line(
        "web hosting support chat",
        "Sorry, I'm probably being an idiot, but where's the SSH key page?",
        "Not an idiot at all, it's tucked away badly. Settings, then Security, third tab "
        "down. I'll ask the team to make it easier to find.",
    ),
    Line(
        "ferry operator text message",
        "Will the ferry run tomorrow?",
        "Obviously I can't promise the weather, but the forecast looks calm. I'll text you by "
        "7am if anything changes.",
    ),
    Line(
        "butcher phone",
        "Can you explain the difference again? Sorry.",
        "Of course, no need to apologise. Brisket wants slow cooking for hours; the sirloin "
        "just needs a hot pan for a few minutes.",
    ),
    Line(
        "accountant phone",
        "I feel so stupid about missing the deadline.",
        "You're not stupid, the deadline moved this year and it caught plenty of people out. "
        "I'll file the late form today and ask for the penalty to be waived.",
    ),
    Line(
        "piercing studio aftercare e-mail",
        "Is redness normal three days after a piercing?",
        "A little redness at three days is normal. If it gets hot or swollen, send me a "
        "photo and I'll look at it the same day.",
    ),
    Line(
        "taxi firm complaints line",
        "The driver was rude and told me to shut up.",
        "He told you to shut up? That's not acceptable from anyone driving for us. I'm "
        "sorry; I've taken him off shifts while I look into it and I'll call you tomorrow.",
    ),
    Line(
        "board game café e-mail",
        "Your staff member rolled his eyes and said we were too thick to learn the game.",
        "I'm so sorry he said you were too thick to learn it; that's appalling. I've spoken "
        "to him, and your next visit is on us.",
    ),
    Line(
        "camera rental return desk",
        "I dropped the lens, I'm such a klutz.",
        "Ha, you should see how many I've dropped over the years! Let's have a look; lens "
        "caps take knocks, and the glass is usually fine.",
    ),
    Line(
        "student accommodation night porter",
        "My heating has been off for two days and I'm freezing.",
        "Two days without heating is miserable, I'm sorry. An engineer is booked for 9am "
        "tomorrow, and I'm bringing two heaters round within the hour.",
    ),
    Line(
        "podcast hosting help desk",
        "Why does my upload keep failing?",
        "Blunt answer: the file's 2GB and the limit is 500MB. If you export it as MP3 it'll "
        "drop to about 80MB, and I'm happy to walk you through it.",
    ),
    Line(
        "antiques dealer shop floor",
        "Is it worth getting this clock restored?",
        "Honestly? Probably not for money, it'd cost more than it's worth. But if it was "
        "your grandad's, it's worth every penny, and I know a good restorer.",
    ),
    Line(
        "fishing tackle shop phone",
        "I'm a total beginner, sorry for all the questions.",
        "Ask away, we were all beginners once, and I still tangle my line every other trip.",
    ),
    Line(
        "hot tub hire phone",
        "Can we keep the tub an extra night?",
        "I can't extend it, I'm afraid: it's booked for a family on Saturday morning. I can "
        "offer you a free night on your next hire instead.",
    ),
    Line(
        "wig maker Etsy message",
        "Please be honest, does this style suit me?",
        "Honestly, the fringe is a bit heavy for your face. Let me thin it a little and you "
        "can see the difference before you decide.",
    ),
    Line(
        "physiotherapist clinic",
        "Am I being a wimp? The exercises really hurt.",
        "Not a wimp at all, these exercises are hard. Let's halve the reps this week and see "
        "how your knee feels on Thursday.",
    ),
    Line(
        "bus company complaints e-mail",
        "Your driver shouted 'get off my bus' at my son.",
        "Shouting 'get off my bus' at a child is not how we want anyone treated, and I'm "
        "sorry. Could you tell me the time and route so I can find the driver and deal with "
        "it?",
    ),
    Line(
        "cheesemonger counter",
        "Which cheese would you recommend for a fondue?",
        "Gruyère and Emmental, half and half. Obviously a splash of white wine too, if "
        "you're using it.",
    ),
    Line(
        "e-bike subscription e-mail",
        "The battery died on a hill and I had to push it home, I'm really annoyed.",
        "I'm sorry, pushing an e-bike uphill is no fun at all. I've sent a replacement "
        "battery that arrives tomorrow, and credited you a week's subscription.",
    ),
    Line(
        "bouncy castle hire Threads reply",
        "Can you set up on a slope?",
        "No, not on a slope, it's not safe for the kids. If you have a flat patch of at "
        "least five metres, we're good; otherwise we can bring a smaller castle.",
    ),
    Line(
        "post office phone",
        "Sorry for ranting at you yesterday.",
        "No need to apologise, you had every right to be cross about your parcel. The good "
        "news: it's been found and goes out again today.",
    ),
    Line(
        "marquee hire phone",
        "Our marquee leaked during the speeches.",
        "That must have been awful in the middle of the speeches. I'm refunding the hire in "
        "full today, and I'd like to know which panel leaked so it never happens again.",
    ),
    Line(
        "smart thermostat Bluesky reply",
        "The app keeps logging me out.",
        "That's a known bug in Tuesday's update; my mistake for not warning everyone. A fix "
        "ships tonight, and until then ticking 'remember me' stops it.",
    ),
    Line(
        "bicycle courier order chat",
        "Can you deliver to the 20th floor?",
        "We only hand over at reception, since riders can't leave bikes on the street. I'll "
        "call you when the rider is five minutes away so you can meet them downstairs.",
    ),
    Line(
        "holiday let host text message",
        "The neighbour's dog barked all night.",
        "What a rotten night, I'm sorry. I've messaged the neighbour, who's lovely, and I'll "
        "drop earplugs and breakfast over this morning.",
    ),
    Line(
        "rail operator assistance line",
        "The lift was broken and I couldn't reach the platform.",
        "The lifts are Network Rail's, but I've reported it to them myself and booked you "
        "assistance for your return at 5pm.",
    ),
    Line(
        "3D printing bureau e-mail",
        "My print warped at the corners.",
        "Warping at the corners is usually the cooling. I'll reprint it at our cost with a "
        "brim, and it'll be ready by Wednesday.",
    ),
    Line(
        "CCTV installer text message",
        "My cameras keep going offline.",
        "Straight talk: your router is too far from the garage. I can fit a booster on "
        "Thursday for free since we should have spotted it at install.",
    ),
    Line(
        "hostel check-out desk",
        "I'm sorry, my friends were loud last night.",
        "Thanks for saying so. We'd just ask for quiet after 11 tonight, as other guests are "
        "sleeping. Enjoy the rest of your stay!",
    ),
    Line(
        "audiobook app in-app chat",
        "The narration keeps skipping.",
        "That sounds maddening in the middle of a story. Could you tell me which title and "
        "which device, so I can reproduce it and fix it?",
    ),
    Line(
        "pawnbroker phone",
        "Your price is an insult, you're a bunch of sharks.",
        "I hear you: 'sharks' is how a low offer feels. Let me show you how I worked it out, "
        "and if the jeweller's paperwork says more, I'll happily look again.",
    ),
    Line(
        "conveyancing solicitor phone",
        "When will we complete? We're living out of boxes.",
        "Living out of boxes is exhausting. I spoke to the buyer's solicitor this morning; "
        "they expect to exchange on Tuesday, and I'll ring you the minute it's done.",
    ),
    Line(
        "alarm monitoring e-mail",
        "Your alarm went off at 3am!",
        "What a horrible way to be woken, I'm sorry. The log shows a low battery on the back "
        "door sensor; an engineer can replace it tomorrow morning at no cost.",
    ),
    Line(
        "spa booking line",
        "Was the massage supposed to hurt?",
        "Deep tissue can feel intense, but it shouldn't hurt. Next time tell the therapist "
        "'lighter' and they'll adjust straight away; I've noted it on your booking too.",
    ),
    Line(
        "dance school phone",
        "Can my son join the advanced class?",
        "Not this term: he'd need grade four first. He's close, though, and I'll ask his "
        "teacher to prepare him for the exam in March.",
    ),
    Line(
        "veg box recipe newsletter reply",
        "I'm awful at cooking veg, any ideas?",
        "Me too, I burn everything! Our recipe card in this week's box is a one-tray roast "
        "that even I can't ruin.",
    ),
    Line(
        "recording studio Instagram reply",
        "My mate said your engineer was a jobsworth.",
        "Ha, he's been called worse! He's strict on the clock because sessions run back to "
        "back, but he'll happily stay ten minutes over if you let him know early.",
    ),
]


class TestBlock(BreakerBlockChecks, HardNegativeChecks):
    """80 lines as labelled, the floors a little under the reads after the readings
    above (rude, minimising, deflection, non-apology), and 40 hard negatives no breaker
    may cap."""

    number = 10
    block = BLOCK
    counts = {"RL": 16, "MF": 10, "DF": 10, "NA": 4}
    floors = (0.95, 0.95, 0.95, 0.95)
    hard_negatives = 40
