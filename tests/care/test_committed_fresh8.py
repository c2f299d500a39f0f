"""Rude language, minimising, deflecting and non-apologies on an eighth blind block,
written to measure a reading of meaning rather than of phrases.

80 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in trades no earlier block used (optician,
dentist, kitchen fitter, phone repair, language school, self-storage, electrician, yoga
studio, cake shop, computer repair, wedding venue, ski hire, recruitment agency, escape
room, campsite, piano tuner, window cleaner, bakery, library, dry cleaner, car wash,
jeweller, cobbler, tattoo studio, climbing wall, boat hire, observatory, funeral
director, e-scooter hire) and registers from Discord, Slack, Telegram, LinkedIn and
voice notes to live-chat widgets, kiosks, doorsteps and app-store replies. Labelled: 12
rude (RL), 10 minimising (MF), 10 deflecting (DF), 8 non-apologies (NA) and 40 hard
negatives (a friendly "you'd be mad to…", "only a little" to a plain question, a third
party named with help offered, "normal for the first few days" with a check offered, an
apology that owns the error, reassurance after an act done).

Reads (F1; tp/fp/fn):

- First read, the rules at 664e37f (this session's fairness mends made, nothing for
  recall yet): rude_language 0.000 (0/0/12), minimises_feelings 0.000 (0/0/10), deflects
  0.333 (2/0/8; the two found: "…any defect is between you and them", "…is your energy
  supplier's business"), non_apology 0.000 (0/0/8). The start rules (e887796) read
  exactly the same. No breaker of these four fired on a hard negative; of the other
  breakers one did: `transfers_without_ownership` on "I'll pass it on to her" after the
  customer's praise (mended by kind in c8c1b84, a named test in test_empowered.py).
- One approach to recall by meaning, chosen before looking at any miss by line: the
  non-apology read by the clause the apology governs (e26d0bf; its object is how things
  struck the customer, an appearance, a taste or an expectation, or their own feeling
  with an excuse after it, in a turn that owns nothing and offers nothing).
  non_apology 1.000 (8/0/0); the other three unchanged (0/0/12, 0/0/10, 2/0/8). The
  held-out fresh7, re-read for its figure only: non_apology 1.000 (5/0/0, was 1/0/4),
  the others unchanged at 0. Blocks 3 and 6, re-read: 0.500 and 0.667 as before (their
  misses are other frames: "weren't what you're used to", "didn't love your cut,
  though…", "sorry you're unhappy with our…"). Rude language, minimising and deflection
  were not attempted: the same kind of clause reading (an evaluative predicate about the
  customer; a future of tolerance after a complaint; a third party's remit with no help)
  is the next step, each to be measured on a block written after it.
"""

from __future__ import annotations

from .test_committed_fresh1 import (
    BreakerBlockChecks,
    HardNegativeChecks,
    Line,
)

BLOCK: list[Line] = [
    Line(
        "escape room Discord",
        "We couldn't open the first lock, is it broken?",
        "Wow, you really can't follow a simple clue card, can you?",
        "RL",
    ),
    Line(
        "kitchen fitter WhatsApp",
        "The cupboard doors don't line up.",
        "Not everyone has an eye for detail like yours, apparently.",
        "RL",
    ),
    Line(
        "phone repair kiosk",
        "Will my photos still be on it after the repair?",
        "Should've backed them up like a normal person.",
        "RL",
    ),
    Line(
        "language school voice note",
        "I still can't get the past tense.",
        "Maybe languages just aren't your thing. Some people never get there.",
        "RL",
    ),
    Line(
        "self-storage phone",
        "I've lost the code for my unit again.",
        "Again. Of course you have.",
        "RL",
    ),
    Line(
        "electrician Telegram",
        "The switch you fitted sparks a bit.",
        "Stop fiddling with it then and it won't.",
        "RL",
    ),
    Line(
        "yoga studio Instagram DM",
        "Why was my class booking cancelled?",
        "Read your emails once in a while and you'd know.",
        "RL",
    ),
    Line(
        "cake shop counter",
        "This isn't the design I ordered.",
        "It's exactly what you ordered, you just don't remember ordering it.",
        "RL",
    ),
    Line(
        "computer repair live-chat widget",
        "My laptop still won't turn on.",
        "Is it plugged in? You'd be amazed how many people can't manage that.",
        "RL",
    ),
    Line(
        "wedding venue e-mail",
        "We need to add ten more guests.",
        "Honestly, planning clearly isn't your strong suit.",
        "RL",
    ),
    Line(
        "ski hire counter",
        "These boots are too tight.",
        "They're ski boots, not slippers, princess.",
        "RL",
    ),
    Line(
        "recruitment agency LinkedIn message",
        "Have you heard back from the employer?",
        "You're not the only candidate I have, you know. Patience is a virtue.",
        "RL",
    ),
    Line(
        "optician phone",
        "I'm really upset, my new lenses are scratched already.",
        "A couple of tiny marks won't affect your vision, you're making a mountain out of a "
        "molehill.",
        "MF",
    ),
    Line(
        "dentist e-mail",
        "I'm terrified of the extraction next week.",
        "It's a routine thing, honestly, people have them done in their lunch break.",
        "MF",
    ),
    Line(
        "wedding venue phone",
        "I'm in tears, you've double-booked our date.",
        "It's one day out of your whole life, you'll look back on this and laugh.",
        "MF",
    ),
    Line(
        "self-storage e-mail",
        "I'm so angry, damp got into my unit and ruined my books.",
        "They're just paperbacks, they can be replaced easily enough.",
        "MF",
    ),
    Line(
        "electrician phone",
        "I'm scared the fuse box is going to catch fire.",
        "You're being a bit of a worrier, fuse boxes make that noise.",
        "MF",
    ),
    Line(
        "language school Slack channel",
        "I'm gutted, I failed the B2 exam by two points.",
        "Two points is nothing, just sit it again.",
        "MF",
    ),
    Line(
        "escape room Google review reply",
        "We were so disappointed, the lock was broken and we lost ten minutes.",
        "Ten minutes barely matters in a sixty-minute game, and most groups don't finish anyway.",
        "MF",
    ),
    Line(
        "phone repair text message",
        "I'm furious, the screen you fitted already has a dead pixel.",
        "One pixel out of millions, you'll stop seeing it after a day or two.",
        "MF",
    ),
    Line(
        "yoga studio e-mail",
        "I felt humiliated when the teacher corrected me in front of everyone.",
        "Teachers correct everyone, it's hardly worth getting embarrassed about.",
        "MF",
    ),
    Line(
        "campsite phone",
        "I'm so frustrated, the shower block was freezing all weekend.",
        "It's camping, a cold shower is part of the fun.",
        "MF",
    ),
    Line(
        "kitchen fitter e-mail",
        "The worktop has a crack in it.",
        "The worktops come from our supplier, so any defect is between you and them.",
        "DF",
    ),
    Line(
        "phone repair in-app chat",
        "My battery drains fast since the repair.",
        "Battery life is down to the manufacturer's software, that's not something a repair "
        "shop controls.",
        "DF",
    ),
    Line(
        "wedding venue e-mail",
        "The caterer you recommended never showed up.",
        "The caterers are independent businesses, so you'd have to raise that with them directly.",
        "DF",
    ),
    Line(
        "self-storage text message",
        "The gate code isn't working.",
        "The gate belongs to the site landlord, we just rent out the units.",
        "DF",
    ),
    Line(
        "electrician e-mail",
        "My electricity bill has gone up since you installed the heater.",
        "Your tariff is your energy supplier's business, I only fit the appliances.",
        "DF",
    ),
    Line(
        "ski hire phone",
        "The lift pass I bought through you won't scan.",
        "Lift passes run on the resort's system, so the ticket office at the lift is who sorts "
        "that.",
        "DF",
    ),
    Line(
        "language school e-mail",
        "My visa letter has the wrong dates on it.",
        "Visa paperwork is a matter for the embassy, we don't get involved.",
        "DF",
    ),
    Line(
        "escape room Discord",
        "The booking site charged me twice.",
        "Bookings go through a third-party platform, so refunds are their department.",
        "DF",
    ),
    Line(
        "campsite Trustpilot reply",
        "Your other guests played music until 2am.",
        "Noise from other guests isn't something management can be held responsible for.",
        "DF",
    ),
    Line(
        "recruitment agency e-mail",
        "The employer still hasn't paid my first week.",
        "Payroll sits with the client company, so it's best you chase their accounts team.",
        "DF",
    ),
    Line(
        "optician e-mail",
        "Your receptionist was really rude to me.",
        "I'm sorry our receptionist came across that way to you; she's usually very popular.",
        "NA",
    ),
    Line(
        "dentist Google review reply",
        "Waited 50 minutes past my appointment time.",
        "We apologise if the wait seemed long; emergencies do come first.",
        "NA",
    ),
    Line(
        "cake shop Facebook comment",
        "The cake was dry.",
        "Sorry the sponge wasn't to your liking, everyone else at the party seemed to love it!",
        "NA",
    ),
    Line(
        "kitchen fitter phone",
        "Your fitters left a mess in my hallway.",
        "Sorry if the site wasn't left as tidy as you'd hoped.",
        "NA",
    ),
    Line(
        "yoga studio Instagram DM",
        "The new timetable is a nightmare.",
        "Apologies that the changes don't work for you, but they're here to stay.",
        "NA",
    ),
    Line(
        "computer repair e-mail",
        "You wiped all my files!",
        "We're sorry you weren't expecting a reset, it's in the terms you signed.",
        "NA",
    ),
    Line(
        "campsite phone",
        "The pitch was nothing like the photos.",
        "I apologise if the photos gave you the wrong idea.",
        "NA",
    ),
    Line(
        "wedding venue e-mail",
        "Your staff ignored us all evening.",
        "We're sorry to hear you felt overlooked; our team were very busy that night.",
        "NA",
    ),
    Line(
        "piano tuner phone",
        "Is the piano badly out of tune?",
        "Only a little, it'll take me about an hour to bring it back.",
    ),
    Line(
        "window cleaner text message",
        "You missed the back windows.",
        "You're right, I did. I'll be back on Thursday to do them, no charge.",
    ),
    Line(
        "bakery counter",
        "Sorry, I'm so indecisive!",
        "Take your time, there's no rush at all.",
    ),
    Line(
        "library in-app chat",
        "Can I renew my books online?",
        "Yes, and you can do it from the app too; I've renewed these three for you now.",
    ),
    Line(
        "dry cleaner phone",
        "I'm worried the stain won't come out.",
        "It's a tricky one, but I've had good luck with wine before. I'll call you if it needs "
        "a second treatment.",
    ),
    Line(
        "car wash Google review reply",
        "Scratched my bonnet.",
        "I'm sorry, that's our fault. Please send us a photo and we'll pay for the repair.",
    ),
    Line(
        "jeweller e-mail",
        "The ring you resized is too loose now.",
        "Sorry about that, we got the measurement wrong. Pop in any time and we'll redo it "
        "while you wait.",
    ),
    Line(
        "cobbler counter",
        "Are these boots worth repairing?",
        "Definitely, the leather's great. You'd be mad to throw them out.",
    ),
    Line(
        "tattoo studio Instagram DM",
        "I'm nervous about my first tattoo.",
        "Completely normal to feel that way. We'll go at your pace and take breaks whenever "
        "you want.",
    ),
    Line(
        "climbing wall live-chat widget",
        "Is the bouldering area OK for beginners?",
        "Absolutely, loads of people start there, you'll pick it up fast.",
    ),
    Line(
        "boat hire phone",
        "What if it rains?",
        "Then you'll get wet, I'm afraid! But we'll lend you waterproofs for free.",
    ),
    Line(
        "observatory e-mail",
        "The viewing was cancelled because of cloud.",
        "I'm sorry, that's disappointing after the drive. I've rebooked you for the 14th and "
        "added a free planetarium show.",
    ),
    Line(
        "funeral director phone",
        "I'm overwhelmed with everything there is to arrange.",
        "That's completely understandable. Let me take the paperwork off your hands; we'll go "
        "through the rest together tomorrow.",
    ),
    Line(
        "e-scooter hire in-app chat",
        "The scooter stopped dead in the middle of the road!",
        "That sounds frightening, are you safe? I've ended the ride and refunded it, and I'm "
        "flagging that scooter for a check.",
    ),
    Line(
        "optician live-chat widget",
        "Who do I talk to about NHS vouchers?",
        "That's me! I'll work out what you're entitled to now.",
    ),
    Line(
        "dentist phone",
        "Can my insurer pay you directly?",
        "Unfortunately your insurer only pays policyholders, but I'll give you an itemised "
        "receipt today so you can claim it back.",
    ),
    Line(
        "kitchen fitter e-mail",
        "The oven isn't heating properly.",
        "The oven's under the manufacturer's warranty, so I've booked their engineer for you "
        "on Tuesday and I'll be there too.",
    ),
    Line(
        "phone repair in-app chat",
        "Can you unlock my phone from the network?",
        "Network unlocks are done by the carrier, but I can help you fill in their request "
        "form now if you like.",
    ),
    Line(
        "wedding venue phone",
        "Is the garden available for photos?",
        "It is, and honestly, it's at its prettiest in the evening light.",
    ),
    Line(
        "self-storage e-mail",
        "Can I get into my unit on a Sunday?",
        "Yes, the gate's open from 7am to 10pm every day.",
    ),
    Line(
        "electrician phone",
        "Sorry to bother you on a Saturday.",
        "You're not bothering me at all, that's what I'm here for.",
    ),
    Line(
        "language school live-chat widget",
        "I feel stupid, I keep mixing up the genders.",
        "You're not stupid, German genders trip everybody up. Let's do ten minutes of practice "
        "on them now.",
    ),
    Line(
        "yoga studio text message",
        "I'm annoyed the class was full.",
        "I'm sorry, that's frustrating. I've put you first on the waiting list and opened an "
        "extra Thursday class.",
    ),
    Line(
        "campsite e-mail",
        "Can we bring our dog?",
        "Of course, dogs are welcome on all our pitches.",
    ),
    Line(
        "recruitment agency phone",
        "Did I get the job?",
        "Not this time, I'm afraid, but they loved your interview and I'm putting you forward "
        "for two similar roles this week.",
    ),
    Line(
        "escape room Discord",
        "We got stuck on the second puzzle for ages.",
        "That one's a killer, it catches most groups out! Next time, ring the bell and we'll "
        "give you a hint.",
    ),
    Line(
        "ski hire phone",
        "I'm anxious about skiing again after my knee operation.",
        "That's a real worry. We'll fit you with softer boots and I'll show you how the "
        "bindings release.",
    ),
    Line(
        "computer repair live-chat widget",
        "Is this virus serious?",
        "It's a nasty one but we caught it early. I've removed it and your files are safe.",
    ),
    Line(
        "cake shop phone",
        "You spelled my daughter's name wrong on the cake!",
        "I'm so sorry, that's our mistake. We're icing a new one now and it'll be ready in an "
        "hour.",
    ),
    Line(
        "piano tuner e-mail",
        "Can you recommend a piano teacher?",
        "I'm not a teacher myself, but I know two good ones nearby; I'll send you their "
        "numbers tonight.",
    ),
    Line(
        "window cleaner doorstep",
        "Do you do gutters?",
        "We don't do gutters, but my brother-in-law does and he's reasonable. I'll ask him to "
        "ring you.",
    ),
    Line(
        "bakery phone",
        "Your bread gave me a stomach ache.",
        "I'm sorry you've been unwell. Can you tell me which loaf it was? I'll check the batch "
        "with our baker straight away.",
    ),
    Line(
        "library counter",
        "The fine for the late book is ridiculous.",
        "You're right, it's steep for two days. I've waived it.",
    ),
    Line(
        "jeweller phone",
        "I'm gutted, I lost one of the earrings you sold me.",
        "Oh no, that's horrible. We can make a single matching earring; I'll get you a price "
        "today.",
    ),
    Line(
        "tattoo studio text message",
        "My tattoo looks a bit red.",
        "A bit of redness is normal for the first few days. If it's still red on Friday, send "
        "me a photo and I'll take a look.",
    ),
    Line(
        "climbing wall Facebook comment",
        "Your instructor was brilliant with my son.",
        "That's lovely to hear, I'll pass it on to her, she'll be chuffed.",
    ),
    Line(
        "boat hire e-mail",
        "Can I get a refund for the cancelled trip?",
        "Yes, weather cancellations are refunded automatically; it's already on its way back "
        "to your card.",
    ),
    Line(
        "funeral director e-mail",
        "The flowers at the service were the wrong colour.",
        "I'm so sorry. That was our error at a time when you needed everything right, and "
        "we'll refund the flowers in full.",
    ),
    Line(
        "dry cleaner counter",
        "Why does a suit cost £25 to clean?",
        "It's hand-finished, which takes about forty minutes. I can do a machine press for £12 "
        "if you'd prefer.",
    ),
    Line(
        "car wash app store review reply",
        "Is the wax worth paying extra for?",
        "If you park under trees, yes, the sap comes off much more easily.",
    ),
]


#: Floors a little under the reads: precision is what they guard, that the non-apologies
#: the clause reading reached stay reached, and (raised in session 19) what fresh9's
#: readings of meaning gained here once made fair: rude 0.737 (7/0/5), minimising 0.889
#: (8/0/2; "they're just paperbacks" after "ruined my books" is no longer read, a thing
#: judged small must be one the customer named), deflects 1.000 (10/0/0).
class TestBlock(BreakerBlockChecks, HardNegativeChecks):
    number, block, counts = 8, BLOCK, {"RL": 12, "MF": 10, "DF": 10, "NA": 8}
    floors = (0.7, 0.85, 0.95, 0.95)
    hard_negatives = 40
