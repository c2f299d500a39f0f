"""Rude language, minimising, deflecting and non-apologies on a ninth blind block,
written to measure readings of meaning for the three breakers whose recall on new
wording was about zero (session 19, 24 November 2026).

80 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in trades no earlier block used (chimney sweep,
aquarium shop, barber, VPN provider, tyre fitter, bowling alley, meal kits, hearing aid
clinic, parking app, wine merchant, garden centre, karaoke bar, surf school, pottery
class, kennels, trampoline park, bridal shop, ice rink, crypto exchange, riding stables,
music streaming, roofer, toy shop, golf club, museum, zoo, theatre box office, glazier,
upholsterer, pet sitter, laundrette, caravan dealer, model railway, farm shop, sailing
club, nail salon, archery range, watch repair) and registers from Reddit, TikTok, X,
Mastodon, Signal, Viber, Yelp and answerphones to ticket portals, noticeboards, pro
shops and lane-sides. Labelled: 12 rude (RL), 12 minimising (MF), 12 deflecting (DF),
4 non-apologies (NA) and 40 hard negatives (friendly teasing, firm but kind limits, a
third party named with help offered, reassurance after an act, "it's normal" with a
check offered, an honest "I don't know, but I'll find out", plain kind service).

Reads (F1; tp/fp/fn):

- First read, the rules at 98b6c6d: rude_language 0.000 (0/0/12), minimises_feelings
  0.154 (1/0/11), deflects 0.471 (4/1/8), non_apology 0.000 (0/0/4). One hard negative
  capped: `deflects` on "…but it's ours to put right: I've refunded the box and I'll
  take it up with them" ("take it up with" read without its subject, the agent's own
  promise). No other breaker fired on a hard negative.
- Readings, their kinds chosen before any was coded (the author knew the block's lines,
  and the first read's listing printed its misses), built as clause structures in the
  lexicons (package data), each spared by what the turn goes on to do:
  - deflection: the problem's owner placed outside the agent (a party's lookout or
    matter, a job for him or whoever, a complaint that would be with the maker, a thing
    that belongs to the hire company, "it's up to you to contact…", "I'd have a word
    with him") or the agent's own remit denied ("we don't make the fabric", "I just
    hand out the keys", "nothing to do with it"), a deflection only in a turn that
    offers no route the agent takes (an own promise, an act done, and now an offer: "I
    can…", "let me", "happy to"); a deflection phrase whose subject is the agent's own
    promise ("I'll take it up with them") owns the problem;
  - minimising: a clause judging an upset customer's feeling or problem small,
    unwarranted, normal or soon gone ("not worth getting shaken about", "doesn't
    warrant", "six hours is nothing", "a few grams, that's all", "part of learning",
    "who hasn't?", "shrug it off", "she'll have moved on", "nobody will be looking at",
    "they're only playlists") read only after a customer who is upset or names a
    feeling, in a turn that gives no care (no act, offer, request, feeling named back
    or apology);
  - rude: a clause addressing the customer with contempt: an order aimed at their
    faculties ("use your eyes", "try to keep up", "do try to remember what you…"), a
    comparison with a normal person, the agent's superiority or weariness ("I think I
    know what…", "how to make it any simpler for you", "as stated three emails ago",
    "seeing as it didn't go in"), their taste or mind judged ("your palate is hardly…",
    "expecting it to read your mind"), a sneer opened by "funny how";
  - non-apology, as e26d0bf reads it, with two more expectation frames ("didn't live
    up to your expectations", "fell short of what you…", "wasn't the experience you
    were after") and "you didn't enjoy…" with an excuse after it.
- After: rude_language 0.957 (11/0/1; left: "Maybe it was trying to spare the rest of
  the room", sarcasm with no word of contempt), minimises_feelings 1.000 (12/0/0),
  deflects 1.000 (12/0/0), non_apology 1.000 (4/0/0); no breaker fires on a hard
  negative. These figures are on the block the readings were built against, so they
  say the readings hold, not that they generalise; the held-out reads below do.
- Held-out, read for their figures only once the readings above were in (fresh7 never
  read before; fresh8's lines were read, as a file, at the start of this session):
  fresh7 rude 0.000 (0/0/8), minimising 0.000 (0/0/6), deflects 0.286 (1/0/5); fresh8
  rude 0.737 (7/0/5, was 0/0/12), minimising 0.889 (8/0/2, was 0/0/10), deflects 0.462
  (3/0/7, was 2/0/8). Their misses were then read, and each reading widened by kind, not
  by line (so blocks 7 and 8 are no longer held out for these three): deflection by a
  matter or job for any party, "their department", ownership that sits with or is down
  to a party, a cover it falls under, "rather than anything on our side", "we can't get
  involved", "not something <anyone> controls", the customer's own provider ("your vet")
  as the party sent to after a need put on them ("you'd need to…"; after advice, "you
  should call your doctor", it stays advice), "raise that with", "chase", "direct any
  complaints to"; minimising by "worth crying over" (any -ing after worth), "nobody at
  the event is looking at", "you'll get used to it", "he won't even remember it"; rude
  by "obvious to anyone" and "beyond you". After: fresh7 rude 0.400 (2/0/6), minimising
  0.800 (4/0/2), deflects 1.000 (6/0/0); fresh8 rude 0.737 (7/0/5), minimising 0.947
  (9/0/1), deflects 1.000 (10/0/0); non_apology 1.000 on both as before. Blocks 3 and 6,
  never read line by line this session: minimising 0.500 -> 0.800 and 0.933 as before,
  deflects 0.571 -> 0.750 and 0.667 -> 0.857, non_apology 0.500 as before and 0.667 ->
  0.800, rude 0.400 and 0.000 as before (none of fresh6's ten rude lines is reached;
  they were not read, and are left for a later round). No block of 1-8 gained a wrong
  firing; every floor of theirs holds.
- Fairness, after: the breakers' firings on every development text (no breaker labels
  there) compared before and after showed the readings reaching where they should not:
  the speaker's own lot ("it happens to me every day"), a turn with no customer's turn
  to read ("they'll bounce back"), "nothing worth saying", "nothing new", a normal-person
  comparison of the speaker or a third person, a past slip ("I didn't make it"), "for
  them to <verb>". Each tightened by kind (a dismissal only after a customer's turn that
  is there, worth + a reaction, the remit denied by "we" in the present, …), named tests
  in test_breakers.py; every figure above unchanged.
- Fairness, second round (session 19, after a reviewer's kind agent sentences the
  readings capped): contempt only when aimed at the customer ("I think I know what a
  fade looks like", not "I think I know what happened"; "try to keep up" with nothing
  to keep up; "funny how" about people; "obvious to anyone", not "clear to most
  people"; a normal-person comparison with no speaker after it); the problem judged
  small (a list of its own, minimising_problem_dismissals) only after a customer hurt
  by what happened, never one worried, nervous or excited about what is to come, and
  spared by agreement or an explanation going on from it; a remit placed elsewhere not
  a cause ("down to the fog"), a grant ("belongs to the council, so the parking is
  free"), a thing discontinued, a hand-over under way, "for her: …"; "they're only
  <things>" only of things the customer named ("they're only samples, the full prints
  go out on Monday" is the agent's). 56 named kind sentences in test_breakers.py fail
  on 46468ca; every figure above unchanged but fresh8's minimising, 0.947 -> 0.889
  (8/0/2: "they're just paperbacks" after "ruined my books" is no longer read); no hard
  negative of blocks 1-9 capped; development
  firings (no breaker labels) rude 736, minimising 63, deflects 5, as at 226dde3 (735,
  63, 5; the one more is "open your ears and shut your mouth").
"""

from __future__ import annotations

from .test_committed_fresh1 import BreakerBlockChecks, HardNegativeChecks, Line

BLOCK: list[Line] = [
    # Rude language (RL).
    Line(
        "chimney sweep SMS",
        "There's soot all over my living room carpet.",
        "Maybe put a dust sheet down next time, like any sensible homeowner would.",
        "RL",
    ),
    Line(
        "aquarium shop Reddit reply",
        "My fish keep dying, what am I doing wrong?",
        "Where do I even start? Honestly, some people shouldn't be allowed to own a goldfish.",
        "RL",
    ),
    Line(
        "barber Instagram comment",
        "The fade is uneven on the left side.",
        "Mate, I've been cutting hair for twenty years. I think I know what a fade looks like.",
        "RL",
    ),
    Line(
        "VPN provider support ticket",
        "The app won't connect on my work laptop.",
        "As stated three emails ago, work networks block VPNs. Please try to keep up.",
        "RL",
    ),
    Line(
        "tyre fitter workshop counter",
        "Why is the bill more than the quote?",
        "Because you asked for the premium tyres. Do try to remember what you say.",
        "RL",
    ),
    Line(
        "bowling alley Tripadvisor reply",
        "The lanes were filthy and the staff were rude.",
        "Funny how the only people who ever complain are the ones who lost every game.",
        "RL",
    ),
    Line(
        "meal kit subscription chat",
        "The recipe card is confusing.",
        "It's a numbered list of steps. I'm not sure how to make it any simpler for you.",
        "RL",
    ),
    Line(
        "hearing aid clinic phone",
        "Sorry, could you say that again?",
        "I'll say it slower, then, seeing as it didn't go in the first time.",
        "RL",
    ),
    Line(
        "parking app in-app chat",
        "The app charged me for two hours but I left after one.",
        "Did you actually press 'end session', or were you expecting it to read your mind?",
        "RL",
    ),
    Line(
        "wine merchant newsletter reply",
        "The bottle of Rioja I bought tastes off.",
        "With respect, your palate is hardly the benchmark here.",
        "RL",
    ),
    Line(
        "garden centre shop floor",
        "Where do you keep the compost?",
        "Same place it's been for the last ten years. Use your eyes.",
        "RL",
    ),
    Line(
        "karaoke bar Yelp reply",
        "The microphone kept cutting out all night.",
        "Maybe it was trying to spare the rest of the room.",
        "RL",
    ),
    # Minimising feelings (MF).
    Line(
        "surf school Signal message",
        "I'm really shaken, I got dumped by a wave and swallowed loads of water.",
        "Everyone gets tumbled in their first week, it's nothing worth getting shaken about.",
        "MF",
    ),
    Line(
        "pottery class booking portal message",
        "I'm upset, my bowl cracked in the kiln after six weeks of work.",
        "Pots crack in the kiln constantly, that's ceramics. Just make another one.",
        "MF",
    ),
    Line(
        "kennels voicemail reply",
        "I'm worried sick, my dog looked so thin when I picked her up.",
        "She's dropped a few grams, that's all. You're worrying over a trifle.",
        "MF",
    ),
    Line(
        "trampoline park TikTok comment reply",
        "My son sprained his ankle at your park and we're so angry.",
        "Sprains heal in a week or two, and kids bounce back faster than adults do.",
        "MF",
    ),
    Line(
        "bridal shop appointment line",
        "I'm devastated, the dress alteration is two inches too short.",
        "Two inches? Nobody will be looking at your hemline on the day.",
        "MF",
    ),
    Line(
        "ice rink front desk",
        "I'm really embarrassed, I fell over in front of my whole class.",
        "Honestly, who hasn't? Shrug it off, it's not worth being embarrassed over.",
        "MF",
    ),
    Line(
        "crypto exchange ticket portal",
        "I'm panicking, my withdrawal has been pending for six hours.",
        "Six hours is nothing in crypto, there's really no call for panic.",
        "MF",
    ),
    Line(
        "riding stables Viber message",
        "I'm furious, the instructor let my daughter ride a horse that bolted.",
        "Horses bolt, it's part of learning to ride. She stayed on, didn't she?",
        "MF",
    ),
    Line(
        "music streaming X reply",
        "So annoyed, the playlists I spent years on have vanished.",
        "They're only playlists, you can rebuild the favourites in an afternoon.",
        "MF",
    ),
    Line(
        "roofer answerphone",
        "I'm stressed out, the leak is dripping onto my bed.",
        "A few drips is hardly an emergency. Pop a bucket under it.",
        "MF",
    ),
    Line(
        "toy shop phone",
        "My daughter cried all night, the doll's arm came off on Christmas morning.",
        "Toys break. She'll have moved on by New Year, they always do.",
        "MF",
    ),
    Line(
        "golf club members' app",
        "I'm really hurt that I wasn't picked for the club team.",
        "It's a knock-about on a Sunday, it really doesn't warrant hurt feelings.",
        "MF",
    ),
    # Deflecting (DF).
    Line(
        "museum ticket desk",
        "The audio guide stopped working halfway round.",
        "The audio guides are run by an outside company, so it's their equipment, not ours.",
        "DF",
    ),
    Line(
        "zoo app store review reply",
        "Your app sold me a ticket for a day you were closed.",
        "Ticket sales are handled by our booking partner, you'd need to speak to them about that.",
        "DF",
    ),
    Line(
        "theatre box office phone",
        "My seat was behind a pillar and I couldn't see a thing.",
        "Seating plans are the venue's responsibility, the box office just sells what we're given.",
        "DF",
    ),
    Line(
        "glazier quote portal message",
        "The new window lets a draught in.",
        "Draughts come from the frame, and the frame was fitted by your builder, so that one's "
        "for him.",
        "DF",
    ),
    Line(
        "upholsterer workshop e-mail",
        "The fabric on my sofa is already pilling.",
        "Pilling is a fabric issue and we don't make the fabric. Any complaint would be with the "
        "mill.",
        "DF",
    ),
    Line(
        "pet sitter app message",
        "My neighbour says the cat was locked out all afternoon.",
        "The cat flap's lock is part of your house, so that's a job for whoever fitted it.",
        "DF",
    ),
    Line(
        "laundrette noticeboard reply",
        "The dryer swallowed my coins.",
        "The machines are leased, so lost coins are the leasing firm's lookout, not the shop's.",
        "DF",
    ),
    Line(
        "caravan dealer enquiry form reply",
        "The awning you sold me leaks at the seams.",
        "Awnings carry the maker's warranty, so it's up to you to contact the maker.",
        "DF",
    ),
    Line(
        "golf club pro shop",
        "The buggy battery died on the ninth hole.",
        "The buggies belong to the hire company, I just hand out the keys.",
        "DF",
    ),
    Line(
        "model railway mail-order ticket",
        "The locomotive arrived with a bent coupling.",
        "Damage in transit is the courier's business. Take it up with them.",
        "DF",
    ),
    Line(
        "farm shop community group post",
        "The eggs you sold me were cracked.",
        "The eggs come straight from the farmer down the lane, so I'd have a word with him.",
        "DF",
    ),
    Line(
        "sailing club harbour office",
        "Someone scratched my boat on the pontoon.",
        "Pontoon damage is a harbour authority matter, we've got nothing to do with it.",
        "DF",
    ),
    # Non-apologies (NA).
    Line(
        "nail salon booking app",
        "My gel nails chipped in two days.",
        "Sorry if the finish didn't live up to your expectations; most clients get two weeks.",
        "NA",
    ),
    Line(
        "archery range Yelp reply",
        "The instructor was condescending to my kids.",
        "We're sorry the session wasn't the experience you were after. Our coaches are all "
        "fully qualified.",
        "NA",
    ),
    Line(
        "watch repair counter",
        "It's still losing five minutes a day!",
        "Apologies if our service fell short of what you imagined, mechanical watches do drift.",
        "NA",
    ),
    Line(
        "wine merchant Mastodon reply",
        "Your tasting evening was a shambles.",
        "We're sorry you didn't enjoy yourself; the feedback from other guests was glowing.",
        "NA",
    ),
    # Hard negatives: friendly teasing.
    Line(
        "barber walk-in",
        "Can you make me look like a film star?",
        "I'm good, but I'm not a miracle worker! I'll give you the sharpest cut I can.",
    ),
    Line(
        "bowling alley lane-side",
        "Three gutter balls in a row, ha!",
        "Ha, that lane clearly has it in for you! Want me to put the bumpers up for the next "
        "frame?",
    ),
    Line(
        "surf school beach hut",
        "I finally stood up on the board!",
        "Look at you, you'll be entering competitions next! Same time next week?",
    ),
    Line(
        "aquarium shop till",
        "I think I've named all twelve fish Dave.",
        "Twelve Daves is a bold choice. If any of them look off colour, bring a water sample "
        "and I'll test it for free.",
    ),
    Line(
        "golf club bar",
        "I only lost six balls on the back nine today.",
        "Only six? You're improving! There's a sleeve of practice balls behind the desk for you.",
    ),
    Line(
        "karaoke bar Facebook page reply",
        "Sorry for murdering that Whitney song last night.",
        "You gave it everything, and the crowd loved it. Come back on Friday for a rematch.",
    ),
    Line(
        "ice rink session desk",
        "I spent more time on the ice than on my feet, ha.",
        "You and half the Saturday session! Grab one of the penguin aids next time, they're free.",
    ),
    # Hard negatives: firm but kind limits.
    Line(
        "crypto exchange live help",
        "Can you reverse the transfer I sent to the wrong wallet?",
        "I'm sorry, blockchain transfers can't be reversed by anyone, us included. I can help "
        "you send a trace report to the receiving exchange today.",
    ),
    Line(
        "tyre fitter booking line",
        "Can you fit the tyres I bought online?",
        "We can, though there's a £10 fitting charge per tyre for ones bought elsewhere. I can "
        "book you in tomorrow morning.",
    ),
    Line(
        "kennels check-in desk",
        "Can I leave my dog's bed from home with her?",
        "We can't take bedding from home because of kennel cough, but she'll have a fresh "
        "fleece and I'll send you a photo of her settled in.",
    ),
    Line(
        "theatre box office counter",
        "Can I get a refund? I can't make the show.",
        "We can't refund tickets once they're bought, but I can move you to any other night "
        "this month at no charge.",
    ),
    Line(
        "VPN provider live chat",
        "Can you unblock streaming on my account?",
        "That isn't something our service supports, I'm afraid. What I can do is set you up "
        "with a server that works for most catch-up apps.",
    ),
    Line(
        "hearing aid clinic reception",
        "Can you fit me in today?",
        "Today's fully booked, I'm sorry, but I've got a 9am slot tomorrow and I'll hold it "
        "for you while you decide.",
    ),
    # Hard negatives: a third party named, with help offered.
    Line(
        "zoo guest services",
        "The café overcharged me.",
        "The café is run by a separate caterer, but I've sent them your receipt and I'll make "
        "sure the difference comes back to you.",
    ),
    Line(
        "museum front desk",
        "The car park machine took my money and gave me no ticket.",
        "The car park belongs to the council, so I'll ring their parking team now and explain "
        "it for you.",
    ),
    Line(
        "caravan dealer service desk",
        "The fridge in the caravan doesn't cool.",
        "The fridge is under its maker's own warranty, so I'll register the claim with them and "
        "book their engineer for you.",
    ),
    Line(
        "model railway shop phone",
        "My parcel arrived crushed.",
        "I'm sorry it reached you like that. I'll raise the claim with the courier myself and "
        "post a replacement today.",
    ),
    Line(
        "laundrette attendant",
        "The card reader won't take my card.",
        "The readers are serviced by the leasing firm; I've logged a fault with them, and here "
        "are £3 in tokens so you can finish your wash.",
    ),
    Line(
        "sailing club bar",
        "Who do I ask about a mooring?",
        "Moorings are allocated by the harbour master, but I'm seeing him at noon, so I'll put "
        "your name forward and text you what he says.",
    ),
    Line(
        "meal kit subscription e-mail",
        "My box was left out in the rain by the courier.",
        "That was the courier's slip, but it's ours to put right: I've refunded the box and "
        "I'll take it up with them.",
    ),
    Line(
        "parking app help centre chat",
        "Why is parking dearer on Saturdays?",
        "Saturday rates are set by the car park owner rather than the app, but I can show you "
        "two cheaper car parks nearby if you like.",
    ),
    # Hard negatives: reassurance after an act.
    Line(
        "roofer text message",
        "I'm worried the rain will get in again tonight.",
        "I've put a tarp over the whole section and weighted it down, so you'll stay dry "
        "tonight. I'm back at eight tomorrow to fix it properly.",
    ),
    Line(
        "pet sitter photo message",
        "Is Biscuit OK? I've been anxious all day.",
        "She's absolutely fine. I've just fed her and she's asleep on your jumper, photo attached!",
    ),
    Line(
        "trampoline park phone",
        "My daughter hurt her wrist at your park today.",
        "I'm so sorry. I've filed an incident report from what our first-aider saw, and I'll "
        "call you tomorrow to see how she is.",
    ),
    Line(
        "music streaming in-app help",
        "All my playlists have disappeared!",
        "That sounds really upsetting. I've restored them from last week's backup, so they'll be "
        "back when you reopen the app.",
    ),
    Line(
        "watch repair shop",
        "I'm nervous about leaving my grandfather's watch here.",
        "I understand, it's precious. I've photographed and logged it, and it goes straight "
        "into our safe tonight.",
    ),
    Line(
        "chimney sweep phone",
        "There's soot on my rug after your visit.",
        "I'm sorry, that's our mess. I've booked a carpet cleaner for Thursday at our cost.",
    ),
    # Hard negatives: "it's normal" with a check offered.
    Line(
        "kennels follow-up call",
        "My dog seems very quiet since she came home.",
        "It's quite normal for dogs to be tired after a kennel stay. If she isn't eating by "
        "tomorrow, ring me and I'll get our vet to call you.",
    ),
    Line(
        "glazier aftercare text",
        "The new window has condensation on it.",
        "A little condensation on the room side is normal in the first weeks. If it's between "
        "the panes, send me a photo and I'll come out.",
    ),
    Line(
        "hearing aid clinic follow-up",
        "My own voice sounds strange with the new aids.",
        "That's very common in the first fortnight. Let's book a check on the 12th so I can "
        "adjust them if it hasn't settled.",
    ),
    Line(
        "nail salon aftercare message",
        "My nails feel a bit tight after the gels.",
        "That's normal for a day or so. If they still feel tight on Friday, pop in and I'll "
        "take a look for free.",
    ),
    Line(
        "surf school follow-up e-mail",
        "My shoulders ache after the lesson.",
        "That's usual after a first paddle. If it's still sore in a couple of days, tell me "
        "and we'll take the next session gently.",
    ),
    # Hard negatives: an honest "I don't know, but I'll find out".
    Line(
        "museum enquiries line",
        "Is the dinosaur gallery open on Monday?",
        "I honestly don't know yet, the rota hasn't come out. I'll check with the curator and "
        "message you tonight.",
    ),
    Line(
        "wine merchant shop floor",
        "Does this wine contain sulphites?",
        "I'm not sure off the top of my head. Let me ring the producer and get back to you this "
        "afternoon.",
    ),
    Line(
        "theatre access line",
        "Is there a hearing loop in the circle?",
        "Good question, and I don't know for certain. I'll ask our access manager and email you "
        "before the show.",
    ),
    Line(
        "tyre fitter phone",
        "Will these tyres fit my trailer?",
        "I don't want to guess on that one. I'll look up the trailer's spec and call you back "
        "within the hour.",
    ),
    Line(
        "toy shop till",
        "Is this set safe for a three-year-old?",
        "I'm not certain, the box says four plus. Let me check the small-parts list and I'll "
        "tell you before you pay.",
    ),
    # Hard negatives: plain, kind service.
    Line(
        "garden centre information point",
        "Do you sell bee-friendly plants?",
        "We do, there's a whole bench of them by the tills. I'll walk you over.",
    ),
    Line(
        "bridal shop fitting room",
        "I'm so nervous about my first fitting.",
        "That's completely natural. We'll take it slowly, and you're welcome to bring whoever "
        "you like.",
    ),
    Line(
        "farm shop till",
        "Are your eggs free range?",
        "They are, from a farm two miles up the lane. You can even visit the hens on open days.",
    ),
]


class TestBlock(BreakerBlockChecks, HardNegativeChecks):
    """80 lines as labelled, the floors a little under the reads after the readings
    above (rude, minimising, deflection, non-apology), and 40 hard negatives no breaker
    may cap."""

    number = 9
    block = BLOCK
    counts = {"RL": 12, "MF": 12, "DF": 12, "NA": 4}
    floors = (0.9, 0.95, 0.95, 0.95)
    hard_negatives = 40
