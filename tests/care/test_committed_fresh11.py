"""Rude language, minimising, deflecting, non-apologies and blaming the customer on an
eleventh blind block, written first to measure the breakers on wording they were not
built on (session 21, 25 November 2026).

90 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in settings no earlier block used (a vet, a
driving school, a removals firm, a cinema, a pharmacy counter, a coworking space, a
ferry, a bike shop, a tax adviser, a wedding venue, a locksmith, an optician, a dog
groomer, a garden centre, a museum, a language school, an escape room, a laundrette)
and in four registers (e-mail, chat, phone transcript, social reply). Labelled: 18
rude (RL: sarcasm in new words, condescension without any listed phrase, a retort, a
sigh or an eye-roll written out, blame for asking twice), 10 minimising (MF), 10
deflecting (DF), 6 non-apologies (NA), 6 blaming the customer (BC) and 40 hard
negatives (kind people saying the words the breakers look for: "a calm place to wait",
"not my department, but I've walked your note over", the customer's own angry words
quoted to apologise, firm but kind limits, British understatement, jokes at one's own
expense).

Reads (tp/fp/fn; F1):

- Blocks 3 and 6 at the session start (2d42740), counts only (their lines stay unread):
  block 3 rude 1/0/3, minimising 2/0/1, deflects 3/0/2, non_apology 1/0/2,
  blames_customer 2/0/2; block 6 rude 0/0/10, minimising 7/0/1, deflects 6/0/2,
  non_apology 4/0/2.
- First read, the rules at 2d42740: rude_language 1/0/17 (0.105), minimises_feelings
  7/0/3 (0.824), deflects 5/1/5 (0.625), non_apology 4/0/2 (0.800), blames_customer
  1/0/5 (0.286); blames_policy and transfers_without_ownership fire on no line. One wrong
  firing: deflects on a hard negative ("That's not my department, but I've walked your
  note over to facilities…": a done act after "but" did not count as the rescue a
  promise does). Rude language on unseen wording is still the weak one: only "I haven't
  got all day"-style listed phrases were known, and each sarcasm here comes in its own
  words.
- Readings, by kind (the author knew the block's lines), as clause families in the
  lexicons:
  - rude (`breakers.json` rude_sarcasm): exasperation written as a stage direction
    ("*sigh*", "(rolls eyes)", "Sigh." opening the turn); mock news of the obvious ("I
    know, shocking news"); the customer measured against a child who manages it; "Just
    saying." as a tag of its own (a sigh, an eye-roll or "Just saying." beside care in
    the turn, an apology, thanks, an offer, reassurance or an act owned, is shared, not
    aimed: "*sigh* Mondays! Let me fix that for you now."); an unwelcome return ("oh
    great, you again", not followed by a greeting); asking or chasing again called
    useless ("…won't make it any faster"); a dare to do the job; a bare "Keep up." and
    "as the rest of the world already knows"; "I'd have thought anyone … would know";
    "decide what you actually want before you email us"; "in crayon"; "hard to miss,
    you'd think"; the customer's trouble mocked as a plot ("I suppose the machine is out
    to get you"); "did you think we worked for free?". Left: sarcasm with no marker at
    all ("It's the sea, mate. It moves.", "Welcome to going to the movies, I guess.")
    needs a reading of irony this engine does not have.
  - minimising: "isn't / wasn't the end of the world" as "not the end of the world"
    was; "never hurt anybody / a soul"; "nobody looks at / cares about / notices".
  - non-apology: "sorry if there was any inconvenience / confusion" (conditional only)
    and "sorry if that spoiled things" with an excuse, both only in a turn that owns
    nothing and offers no care.
  - blaming the customer: "so that's the clip you asked for", "which is down to you"
    after a failure named before it (not after a choice), "after the deadline you were
    given", "if you'd got here on time, you'd have…", "you were told to keep / wear /
    water…" (not "to expect").
  - deflection (`committed.json`): a redirect to "his / her / their" party, "sort it
    with your insurer", "you'd be best contacting them", "has nothing to do with us / the
    practice", "a battle to fight with your insurer"; "nothing we can see" is no route
    offered; a contrast and an act already done ("…, but I've walked your note over")
    rescue a deflection as a promise did.
  - borderline lines of session 20, decided: "As I said already, you're very welcome to
    call back." is no longer rude (a repeated offer aimed at the customer's good, not a
    retort; not_rude); "Take it or leave it…, either way I'll hold the price." stays rude
    (the ultimatum is the rude act, and holding the price is its own term, not care
    against it).
- After: rude_language 16/0/2 (0.941), minimises_feelings 10/0/0, deflects 10/0/0,
  non_apology 6/0/0, blames_customer 6/0/0 (each 1.000); no breaker fires on a hard
  negative. Built against this block, so these say the readings hold, not that they
  generalise.
- Held out, read after the readings above: block 3 non_apology 1/0/2 -> 2/0/1, every
  other count of blocks 3 and 6 as at 2d42740 (rude 1/0/3 and 0/0/10 unmoved: none of
  their misses is of a kind this block taught). On the 36,426 distinct development
  texts, rude_language fires on 816 instead of 813 (three gained, none lost: a "Just
  saying" tag and a closing "Sigh." in a customer's tweet and a Reddit post, an
  "*eyeroll*" at a third person) and minimises_feelings on 83 instead of 82 ("…isn't the end of the
  world" to a worried teenager, as "not the end of the world" was already read); the
  other breakers fire on the same texts as before. acknowledges_feelings on its dev file
  is unchanged (0.842).
- Fairness, after (kind sentences written against the new readings' own words, in
  test_breakers.py, 8 of them read wrong on 798a2dd): every rude_sarcasm reading is
  spared beside care in the turn (an apology or thanks, an offer, reassurance or an act
  owned, with no "but" between that care and it: "Oh great, you again! Friday's free,
  I've booked you in."; "Sorry, but asking twice won't make it go any faster." stays
  rude); a child who fails or sits through a show measures no one ("Even my toddler
  manages to sit through it, it's that good!", also under the older condescension
  reading); an outcome pinned on the customer followed by the agent's own remedy is no
  blame ("…after the deadline you were given, but don't worry, I've accepted it
  anyway."). Every figure above unchanged, dev as above.
- Fairness, second pass (Reviewer A proved 10 kind turns read as rude and 8 plain
  explanations read as blame on f3c4c23; they and 14 kin of our own are in
  test_breakers_fair_s21.py, 32 of its 46 cases wrong before): a rude_sarcasm reading is
  spared by care anywhere in the turn read from the lexicon (care_words, an offer,
  reassurance, an act owned) and now also by warmth ("Enjoy the trip", "what a week
  you've had"), a reason about the world ("as the bank sets the timing"), what an
  instruction changes ("it makes the order quicker"), what happens next ("the refund
  goes out on Friday") or an invitation ("please share it"), all in
  rude_sarcasm_spared_by; a comparison that names the speaker ("…better than me!") is
  self-mockery; "amazing / novel / wild" left the mock news. An outcome clause is blame
  only where the outcome is bad: "so that's what you asked for" and "which is down to
  you" after a complaint or a failure whose subject is not the agent (not "We don't
  have a fixed time…", "There's no wrong answer…"); neither they nor the clauses that
  name the customer's failure count in a turn that owns an act anywhere, says what
  changes next ("so from tomorrow you can shower"), grants ("we still accept…") or
  turns to good news after a contrast. Every figure above unchanged; dev rude_language
  816 and blames_customer 38 of 36,426 distinct texts, the same texts as before.
"""

from __future__ import annotations

from .test_committed_fresh1 import (
    BreakerBlockChecks,
    HardNegativeChecks,
    Line,
    assert_breaker_holds,
)

BLOCK: list[Line] = [
    # Rude language (RL).
    Line(
        "vet phone transcript",
        "Why does the bill say three hundred pounds for a check-up?",
        "Because vets cost money, believe it or not. Did you think we worked for biscuits?",
        "RL",
    ),
    Line(
        "driving school chat",
        "Can you explain the roundabout rule again? I still don't get it.",
        "Right. Left lane, left exit. Even my nine-year-old nephew manages that one.",
        "RL",
    ),
    Line(
        "removals firm e-mail",
        "You still haven't told me the price for Saturday.",
        "*Sigh.* It's in the quote we sent on Monday. Scroll down.",
        "RL",
    ),
    Line(
        "cinema social reply",
        "Why did the film start twenty minutes late?? Ridiculous.",
        "Adverts, like at every cinema on the planet. Welcome to going to the movies, I guess.",
        "RL",
    ),
    Line(
        "pharmacy counter phone transcript",
        "I'm asking again, is my prescription ready?",
        "You asked me that ten minutes ago and the answer hasn't changed. Asking twice "
        "doesn't make it go any faster.",
        "RL",
    ),
    Line(
        "coworking space chat",
        "The wifi password doesn't work.",
        "It works for the other forty people in the building, so I'm going to guess the "
        "problem is you.",
        "RL",
    ),
    Line(
        "ferry social reply",
        "Is the crossing rough today? I get seasick.",
        "It's the sea, mate. It moves. That's sort of the whole deal.",
        "RL",
    ),
    Line(
        "bike shop counter phone transcript",
        "Can you check my brakes again? They still squeak.",
        "Oh great, you again. They squeak because it's raining, not because we're useless.",
        "RL",
    ),
    Line(
        "tax adviser e-mail",
        "I don't understand why I have to pay in January.",
        "This is tax for beginners, really. I'd have thought someone running a business "
        "would know the basics by now.",
        "RL",
    ),
    Line(
        "wedding venue e-mail",
        "Can we move the first dance to before dinner?",
        "You've changed the running order four times. Maybe decide what you actually want "
        "before you email us again.",
        "RL",
    ),
    Line(
        "locksmith phone transcript",
        "Why do you need to drill the lock? Can't you just pick it?",
        "If you know how to do my job better, feel free to come and do it yourself.",
        "RL",
    ),
    Line(
        "optician chat",
        "My new glasses make everything blurry.",
        "Have you tried peeling the sticker off the lens? Just a thought. *rolls eyes*",
        "RL",
    ),
    Line(
        "dog groomer social reply",
        "Can I bring my dog in without booking?",
        "There's a sign on the door the size of a car saying appointments only. Hard to "
        "miss, you'd think.",
        "RL",
    ),
    Line(
        "garden centre chat",
        "My plant died a week after I bought it.",
        "Plants need water. I know, shocking news.",
        "RL",
    ),
    Line(
        "museum phone transcript",
        "Sorry, what time did you say the museum shuts?",
        "Five. Like I said. Five. Are you writing this down, or shall I text it to you in crayon?",
        "RL",
    ),
    Line(
        "language school e-mail",
        "Why was my class moved without any notice?",
        "Your class moved to Thursday, as the rest of the world already knows. Keep up.",
        "RL",
    ),
    Line(
        "escape room social reply",
        "Your puzzles are impossible, nobody could solve them.",
        "Ten-year-olds solve them every weekend. Just saying.",
        "RL",
    ),
    Line(
        "laundrette chat",
        "The dryer ate my money again!",
        "Right, and I suppose the machine is out to get you personally. Put the coins in "
        "properly and it'll behave.",
        "RL",
    ),
    # Minimising (MF).
    Line(
        "vet e-mail",
        "I'm heartbroken, my cat needed stitches after her spay.",
        "Stitches are nothing, she'll have forgotten all about it by Friday.",
        "MF",
    ),
    Line(
        "removals firm phone transcript",
        "Your movers scratched my grandmother's table, I'm devastated.",
        "It's a tiny scratch, you'd need a magnifying glass to see it. Nothing to lose sleep over.",
        "MF",
    ),
    Line(
        "wedding venue e-mail",
        "The flowers were the wrong colour, our day felt spoiled.",
        "Nobody looks at the flowers at a wedding, honestly. Your guests will only remember "
        "the party.",
        "MF",
    ),
    Line(
        "cinema chat",
        "I'm furious, someone was on their phone through the whole film.",
        "It's only a couple of hours of your life, there'll be other films.",
        "MF",
    ),
    Line(
        "coworking space e-mail",
        "I'm so stressed, my desk was given to someone else on the morning of my big pitch.",
        "It's one desk for one morning. You'll survive.",
        "MF",
    ),
    Line(
        "pharmacy counter chat",
        "I'm really worried, you gave me the wrong strength of tablets.",
        "Relax, a few milligrams either way won't do anything.",
        "MF",
    ),
    Line(
        "bike shop social reply",
        "I'm gutted, my bike was stolen from right outside your shop.",
        "Could be worse, at least it wasn't an expensive one.",
        "MF",
    ),
    Line(
        "ferry phone transcript",
        "We missed our connection and my kids were crying for hours.",
        "Kids cry, it's what they do. A long wait never hurt anybody.",
        "MF",
    ),
    Line(
        "tax adviser e-mail",
        "I'm panicking about the late filing penalty.",
        "A hundred pounds isn't the end of the world. People pay it every year.",
        "MF",
    ),
    Line(
        "driving school chat",
        "I failed my test again and I feel awful.",
        "Meh, it's just a test. Half the country fails the first few.",
        "MF",
    ),
    # Deflecting (DF).
    Line(
        "removals firm e-mail",
        "Your van damaged our gatepost.",
        "The driver is a subcontractor, so you'd have to take that up with his company directly.",
        "DF",
    ),
    Line(
        "cinema chat",
        "The online booking charged me twice.",
        "Payments go through a third party, so it's between you and them really. Nothing we "
        "can see here.",
        "DF",
    ),
    Line(
        "pharmacy counter phone transcript",
        "My prescription wasn't sent over.",
        "That's your GP surgery's job, not ours. Give them a ring.",
        "DF",
    ),
    Line(
        "coworking space e-mail",
        "The heating in the meeting room is broken.",
        "The landlord handles the heating, so you'd be best contacting them yourself.",
        "DF",
    ),
    Line(
        "bike shop social reply",
        "The e-bike battery you sold me died after a month.",
        "Batteries are covered by the manufacturer's warranty, so you'll need to get in "
        "touch with them yourself.",
        "DF",
    ),
    Line(
        "wedding venue e-mail",
        "The caterer you recommended didn't turn up!",
        "We only recommend them; their service is their responsibility, so any complaint "
        "should go to them.",
        "DF",
    ),
    Line(
        "ferry phone transcript",
        "My car got dented on the car deck.",
        "The crew don't deal with that. You'll have to sort it with your insurer.",
        "DF",
    ),
    Line(
        "tax adviser e-mail",
        "HMRC says my return is missing.",
        "Once it's submitted it's out of our hands. You'll need to chase HMRC on that one.",
        "DF",
    ),
    Line(
        "vet chat",
        "The pet insurance won't pay for the operation.",
        "Insurance has nothing to do with the practice. That's a battle to fight with your "
        "insurer.",
        "DF",
    ),
    Line(
        "driving school phone transcript",
        "My instructor didn't turn up for the lesson.",
        "Our instructors are self-employed, so you'll need to contact him yourself about that.",
        "DF",
    ),
    # Non-apologies (NA).
    Line(
        "wedding venue e-mail",
        "The band played so loud my gran had to leave.",
        "We're sorry you feel the volume was an issue, but that's how the band plays.",
        "NA",
    ),
    Line(
        "cinema social reply",
        "The seats were filthy.",
        "Sorry if that spoiled things for you, but the cleaners do their best.",
        "NA",
    ),
    Line(
        "removals firm phone transcript",
        "Your team was three hours late!",
        "I apologise if there was any inconvenience, traffic is traffic.",
        "NA",
    ),
    Line(
        "coworking space chat",
        "Someone took my lunch from the shared fridge.",
        "I'm sorry that you see it like that, but the fridge is shared for a reason.",
        "NA",
    ),
    Line(
        "pharmacy counter chat",
        "I waited forty minutes at the counter.",
        "Apologies if the wait seemed long to you; it's a busy day.",
        "NA",
    ),
    Line(
        "tax adviser e-mail",
        "Your invoice is far more than you quoted.",
        "I'm sorry you were surprised by the figure, though it was all in the engagement letter.",
        "NA",
    ),
    # Blaming the customer (BC).
    Line(
        "dog groomer social reply",
        "You cut my dog's fur far too short!",
        "You asked for a short clip at the desk, so this is the clip you asked for.",
        "BC",
    ),
    Line(
        "bike shop chat",
        "My chain snapped a week after the service.",
        "That happens when a bike isn't cleaned after muddy rides, which is down to you.",
        "BC",
    ),
    Line(
        "tax adviser e-mail",
        "Why did I get a fine?",
        "Because your receipts reached us three weeks after the deadline you were given.",
        "BC",
    ),
    Line(
        "driving school chat",
        "I missed my lesson and still got charged.",
        "You didn't cancel 48 hours ahead, so the charge is your own doing.",
        "BC",
    ),
    Line(
        "ferry phone transcript",
        "I wasn't allowed to board.",
        "You arrived after check-in closed; if you'd got here on time you'd have sailed.",
        "BC",
    ),
    Line(
        "vet phone transcript",
        "My dog's wound got infected.",
        "That's what happens when the cone comes off early. You were told to keep it on.",
        "BC",
    ),
    # Hard negatives: fair service in the breakers' own words.
    Line(
        "vet phone transcript",
        "I'm so anxious about the surgery.",
        "We have a calm place to wait at the back, away from the barking. I'll come and "
        "find you the moment she's awake.",
    ),
    Line(
        "coworking space chat",
        "The printer's broken and the landlord hasn't answered me.",
        "That's not my department, but I've walked your note over to facilities and "
        "they're on their way up now.",
    ),
    Line(
        "cinema e-mail",
        "Your staff were rude and useless!",
        "You said our staff were rude and useless, and from what you describe I can see "
        "why. I'm sorry. I've refunded both tickets.",
    ),
    Line(
        "removals firm phone transcript",
        "Can you take the piano up the stairs?",
        "I'm afraid we can't carry a piano up four flights safely, but we can book a "
        "specialist crane team for you, and I'll call you tomorrow with the price.",
    ),
    Line(
        "wedding venue e-mail",
        "Is the garden all right if it rains?",
        "It's been known to drizzle, yes, this being England. We keep a marquee up just in "
        "case, so no one gets wet.",
    ),
    Line(
        "bike shop chat",
        "I broke my derailleur trying to fix it myself.",
        "Ha, don't worry, I broke three before I learned. Bring it in and I'll sort it today.",
    ),
    Line(
        "pharmacy counter phone transcript",
        "Sorry to ask again, what's the dose?",
        "Please don't apologise, ask as many times as you need. Two tablets in the morning "
        "with food; I'll write it on the box too.",
    ),
    Line(
        "tax adviser e-mail",
        "Am I going to be in trouble for filing late?",
        "Not at all. It's a fixed hundred pounds, and first-time late filers often have it "
        "waived: I'll send the appeal for you this week.",
    ),
    Line(
        "ferry phone transcript",
        "Why is the ferry so slow today?",
        "We're going slowly on purpose: there's a swell out there, and the captain would "
        "rather be late than have anyone hurt. Sorry for the delay.",
    ),
    Line(
        "driving school social reply",
        "I'm so embarrassed, I stalled five times in my lesson.",
        "Five? Rookie numbers, I stalled eleven times on my own test! It's completely "
        "normal, and we'll practise hill starts next week.",
    ),
    Line(
        "cinema chat",
        "You charged me for the wrong film.",
        "Obviously that's our mistake, not yours. I've swapped the tickets and refunded the "
        "difference.",
    ),
    Line(
        "removals firm e-mail",
        "I told you three times that the sofa doesn't fit through the door!",
        "You did tell us three times, and we didn't listen, I'm sorry. We'll take the legs "
        "off and bring it in through the window on Saturday at no charge.",
    ),
    Line(
        "pharmacy counter chat",
        "This is ridiculous, I need my inhaler today.",
        "I understand, and it's not ridiculous to need it today. I'll ring your GP now for "
        "an emergency supply.",
    ),
    Line(
        "coworking space e-mail",
        "Can I bring my dog to work?",
        "Sadly not, one of our members has an allergy. There's a dog-friendly café next "
        "door with desks, though, and your pass gets you ten per cent off there.",
    ),
    Line(
        "vet chat",
        "Can you give my cat antibiotics without seeing her?",
        "I'm not able to prescribe without an examination, vets are bound by law on that. "
        "I can fit her in at four today, though.",
    ),
    Line(
        "wedding venue phone transcript",
        "Your coordinator said we were 'difficult'.",
        "She should never have called you difficult. I'm sorry; I've spoken to her, and "
        "I'll be your coordinator from now on.",
    ),
    Line(
        "bike shop phone transcript",
        "Is it my fault the tyre burst?",
        "Not at all, that tyre was worn before you ever bought the bike. I'll fit a new one free.",
    ),
    Line(
        "tax adviser e-mail",
        "I'm confused by the letter from HMRC.",
        "It's a confusing letter, even for me, and I read these all day! In short: you owe "
        "nothing. I'll reply to them for you.",
    ),
    Line(
        "ferry social reply",
        "Worst crossing ever, I was sick the whole way.",
        "Oh no, that sounds miserable, the sea was rough today. If you message us your "
        "booking, I'll refund the cabin upgrade you didn't get to use.",
    ),
    Line(
        "driving school phone transcript",
        "Can I have a refund for the lessons I didn't use?",
        "Yes, of course. I'll refund the four unused lessons to your card today.",
    ),
    Line(
        "cinema e-mail",
        "The sound was far too loud in screen 3.",
        "Thanks for telling us. I've asked the projectionist to turn screen 3 down for "
        "tonight's shows, and I'm sorry it spoiled the film.",
    ),
    Line(
        "removals firm social reply",
        "Your movers were brilliant.",
        "That's lovely to hear! I'll tell Dev and Marta, they'll be chuffed.",
    ),
    Line(
        "pharmacy counter phone transcript",
        "Can I take ibuprofen with this?",
        "Best not, it can upset your stomach alongside this one. Paracetamol is fine, though.",
    ),
    Line(
        "coworking space chat",
        "Who do I talk to about parking?",
        "Parking is run by the building, not us, but I've emailed their manager with your "
        "name and I'll let you know what she says by tomorrow.",
    ),
    Line(
        "vet e-mail",
        "I feel like a terrible owner for not noticing the lump sooner.",
        "You're not a terrible owner at all; lumps like this are easy to miss under thick "
        "fur. You noticed it, and that's what matters.",
    ),
    Line(
        "wedding venue e-mail",
        "Can we have fireworks?",
        "We can't allow fireworks, I'm afraid, the barn roof is thatched. Lots of couples "
        "do a sparkler send-off on the lawn instead, and we can supply those.",
    ),
    Line(
        "bike shop counter chat",
        "Ugh, you again, I know. The brakes are squeaking.",
        "Always happy to see you! Squeaks are usually wet pads; let me have a look now.",
    ),
    Line(
        "tax adviser phone transcript",
        "Sorry, I know I keep asking the same thing.",
        "Ask away, it's a tricky rule. Your allowance is 12,570 pounds, and anything over "
        "that is taxed at 20 per cent.",
    ),
    Line(
        "ferry phone transcript",
        "Is there anywhere quiet on board? My son is autistic.",
        "Yes, there's a calm lounge on deck 5 with low lights. I'll let the crew know, so "
        "they can show you up when you board.",
    ),
    Line(
        "driving school e-mail",
        "My instructor shouted at me.",
        "He told you to 'stop being useless'? That's not acceptable, and I'm sorry. I've "
        "spoken to him and moved you to Priya from next week.",
    ),
    Line(
        "cinema social reply",
        "Is the new horror film too scary for a twelve-year-old?",
        "Honestly? It scared me half to death, and I'm forty. I'd wait for the family film "
        "on Friday.",
    ),
    Line(
        "removals firm e-mail",
        "Can you store my boxes for a month?",
        "We don't have storage ourselves, but our partner warehouse does, and I've reserved "
        "a unit for you from the 3rd at the same price as the quote.",
    ),
    Line(
        "pharmacy counter phone transcript",
        "Why is there a queue again?",
        "Fair question. Two of us are off sick today, I'm sorry. If you leave your slip, "
        "I'll text you when it's ready so you needn't wait.",
    ),
    Line(
        "coworking space chat",
        "The coffee machine is broken again.",
        "It's a temperamental beast, that machine. I've called the engineer for this "
        "afternoon, and coffee's free at the café downstairs until then.",
    ),
    Line(
        "vet e-mail",
        "Your receptionist was short with me.",
        "I'm sorry she was short with you. It was a hard morning, but that's no excuse, and "
        "I've had a word.",
    ),
    Line(
        "wedding venue phone transcript",
        "You told me the wrong date for the tasting!",
        "You're right, and I'm mortified. The tasting is the 14th, not the 12th. I'll cover "
        "your travel for the wasted trip.",
    ),
    Line(
        "bike shop chat",
        "Not bad, but the fitting took ages.",
        "Not bad is fair. The fit takes a while because we measure everything; next time "
        "I'll book you the first slot so you aren't kept waiting.",
    ),
    Line(
        "tax adviser phone transcript",
        "I can't afford to pay this all at once.",
        "That's not something you have to do: I'll set up a payment plan with HMRC for "
        "you, spread over twelve months.",
    ),
    Line(
        "ferry e-mail",
        "Why can't I bring my dog into the lounge?",
        "I'm sorry, I know that's frustrating. Dogs aren't allowed in the lounge because of "
        "allergies, but there's a pet lounge on deck 4 with water bowls and seats for you "
        "too.",
    ),
    Line(
        "driving school social reply",
        "Your car broke down in the middle of my lesson, lol.",
        "Not our finest hour! Sorry about that. The lesson is on us, and I've booked you a "
        "free one for Tuesday.",
    ),
]


class TestBlock(BreakerBlockChecks, HardNegativeChecks):
    """90 lines as labelled, the floors a little under the reads after the readings
    above (rude, minimising, deflection, non-apology), and 40 hard negatives no breaker
    may cap (blaming the customer is checked below)."""

    number = 11
    block = BLOCK
    counts = {"RL": 18, "MF": 10, "DF": 10, "NA": 6}
    floors = (0.93, 0.95, 0.95, 0.95)
    hard_negatives = 40


def test_blaming_the_customer_holds_its_floor_and_never_fires_wrongly() -> None:
    """The six lines that put the fault on the customer are read, and no other line
    is."""
    assert sum("BC" in line.labels.split() for line in BLOCK) == 6
    assert_breaker_holds(BLOCK, "blames_customer", 0.95)
