"""Rude language, minimising, deflecting and non-apologies on a fifth blind block.

80 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in registers and industries blocks 1 to 4 did
not use: text messages, review replies, counter and reception transcripts, WhatsApp,
helpdesk tickets and voicemail call-backs, for a vet, a garage, a gym, a letting agent,
a food-delivery app, event ticketing, a council, a university registry, a games
studio, a removals firm, car rental, a coworking space and a restaurant. Only
`rude_language` (RL), `minimises_feelings` (MF), `deflects` (DF) and `non_apology` (NA)
are labelled, so only those four are measured: 12 rude lines (a judgement aimed at the
customer, condescension, sarcasm at them, a dismissal of their time or contact), 10
minimising lines (the feeling named by the customer, then made small by comparison,
normality, size or a bright side), 10 deflections (the problem placed with someone else
and nothing owned), 8 non-apologies and 40 hard negatives (the customer's words quoted
back, "no stupid questions", the agent's own slip called silly, intensifiers in kind
talk, "calm" and "relax" as facts, reassurance after a plain question, real apologies,
warm hand-offs, a third party named by an agent who owns the next step).

Reads (F1; tp/fp/fn):

- First read, the rules as they stood (32dd22e, which are also the start rules):
  rude_language 0.000 (0/0/12), minimises_feelings 0.000 (0/0/10), deflects 0.333
  (2/0/8), non_apology 0.000 (0/0/8). No breaker (nor blames_customer, blames_policy,
  transfers_without_ownership) fired on any line. Every rule is a phrase family, and
  none of this wording was in the families.
- Fixed by kind, never by the line: rude_language reads condescension (the agent
  counting their own repetitions, refusing to repeat, "even a child could…"), the
  customer's contact as a nuisance ("your constant emails", "typing at me"), sarcasm
  ("another genius who…", the fault "in front of the screen", "apparently nobody
  reads") and a second-person judgement with an intensifier ("are you always this
  disorganised"); minimises_feelings reads the feeling called groundless ("fretting
  about nothing"), made small by size or count ("hardly a disaster", "you'd barely
  notice", "It's one class."), by others' worse lot ("people pay far bigger fines"), by
  normality or a bright side after an upset ("panic about this every year", "that's the
  music business"), and "take it so seriously", spared when the agent goes on to act;
  deflects reads the problem put in a third party's remit ("the roadside company's
  department", "…, not this office", "for members to sort out", "isn't something we
  answer for", "out of our hands", "between you and them"), only in a turn that owns
  nothing (no promise, no act already done), and a remit that is the customer's own
  role ("the passenger's responsibility") is blame, not deflection; non_apology reads
  the customer's impression ("came away feeling", "any impression you may have had"),
  a conditional on how a thing seemed ("if the wording came across as harsh"), the
  customer's taste ("weren't a fan of"), and a mismatch with their wishes or a state of
  theirs excused by a contrast that owns nothing ("didn't suit your plans, but…",
  "caught off guard, but notice was sent"), not when the if-clause is the agent's own
  ("sorry if I wasn't clear").
- After the fixes: all four 1.000 (12/0/0, 10/0/0, 10/0/0, 8/0/0). Blocks 1, 2 and 4
  keep every breaker's precision (fresh4's rude "That's your problem, not ours." now
  also reads as deflecting, which it is; fresh4 labels only NA and RL). A block the
  rules were fixed on says little of new wording: fresh6 is the honest read.
  Development figures unchanged (`benchmarks/care_accuracy.py`, all eight within
  0.001 of the start).
"""

from __future__ import annotations

from .test_committed_fresh1 import (
    BreakerBlockChecks,
    Line,
)

BLOCK: list[Line] = [
    # Rude: judgements aimed at the customer, condescension, sarcasm, dismissal.
    Line(
        "gym text message",
        "Why was I charged twice this month?",
        "Fees go out on the 1st. It's printed on the form you signed, which apparently nobody "
        "bothers to read.",
        "RL",
    ),
    Line(
        "vet reception phone",
        "Can you explain again why the vaccine costs sixty pounds?",
        "I've explained this to you three times now and I'm not going through it again.",
        "RL",
    ),
    Line(
        "garage counter",
        "Is the clunking noise dangerous?",
        "Mate, it's a car, not a spaceship. Even my nan knows what a worn bushing sounds like.",
        "RL",
    ),
    Line(
        "letting agent e-mail",
        "The boiler is still broken after two weeks.",
        "Frankly, your constant emails are the reason everything in this office takes longer.",
        "RL",
    ),
    Line(
        "food delivery app chat",
        "My order never came, where is it?",
        "Try looking at the tracking screen before you start typing at me.",
        "RL",
    ),
    Line(
        "university registry e-mail",
        "How do I get a copy of my transcript?",
        "That's a question a first-year could answer. It's on the student portal.",
        "RL",
    ),
    Line(
        "games support forum",
        "The game crashes every time I open the map.",
        "Have you considered that the problem might be sitting in front of the screen?",
        "RL",
    ),
    Line(
        "ticketing social reply",
        "@tix why can't I transfer my ticket to my friend??",
        "Wow. Another genius who skipped the FAQ.",
        "RL",
    ),
    Line(
        "council phone",
        "Why hasn't my bin been collected?",
        "Look, I'm not going to keep repeating myself just because you won't take it in.",
        "RL",
    ),
    Line(
        "removals WhatsApp",
        "Can the van come an hour later on Saturday?",
        "Are you always this disorganised, or is today a special occasion?",
        "RL",
    ),
    Line(
        "car rental counter",
        "What does the excess waiver actually cover?",
        "It's not complicated. A child could follow the leaflet.",
        "RL",
    ),
    Line(
        "coworking helpdesk ticket",
        "The wifi keeps dropping in the quiet room.",
        "Your complaint is noted, for whatever that's worth, which isn't much.",
        "RL",
    ),
    # Minimising: the customer's feeling, then made small.
    Line(
        "vet phone",
        "I'm really worried about my dog, he hasn't eaten in two days.",
        "Dogs skip meals all the time, honestly, you're fretting about nothing.",
        "MF",
    ),
    Line(
        "letting agent e-mail",
        "I'm so stressed, the damp is making my daughter ill.",
        "A bit of condensation is normal in winter, every flat has it; I wouldn't lose sleep "
        "over it.",
        "MF",
    ),
    Line(
        "gym text message",
        "I'm furious, I was turned away from my class after queuing for twenty minutes.",
        "It's one class. There'll be another on Thursday.",
        "MF",
    ),
    Line(
        "food delivery app chat",
        "I'm gutted, my birthday cake arrived squashed.",
        "It'll still taste the same, so it's hardly a disaster.",
        "MF",
    ),
    Line(
        "university registry e-mail",
        "I'm panicking, my visa letter hasn't arrived and I fly next week.",
        "Students panic about this every year and it always turns out fine.",
        "MF",
    ),
    Line(
        "garage phone",
        "I'm really upset, you scratched my car door during the service.",
        "It's a tiny mark, you'd barely notice it unless you went looking.",
        "MF",
    ),
    Line(
        "ticketing chat",
        "I'm heartbroken, the concert was cancelled and I'd travelled two hundred miles.",
        "Concerts get cancelled, that's the music business. You'll get your money back.",
        "MF",
    ),
    Line(
        "council e-mail",
        "I'm anxious about this parking fine, I really can't afford it.",
        "It's twenty-five pounds; people pay far bigger fines without a fuss.",
        "MF",
    ),
    Line(
        "games support forum",
        "I'm so angry, I lost three hundred hours of progress.",
        "Try not to take a video game so seriously, it's meant to be fun.",
        "MF",
    ),
    Line(
        "removals phone",
        "I'm devastated, my grandmother's mirror cracked in the move.",
        "Look on the bright side, everything else arrived in one piece.",
        "MF",
    ),
    # Deflecting: the problem placed with someone else, nothing owned.
    Line(
        "letting agent e-mail",
        "The landlord still hasn't fixed the leak.",
        "Repairs are between you and the landlord; we just collect the rent.",
        "DF",
    ),
    Line(
        "food delivery app chat",
        "The food was cold and the rider was rude to me.",
        "Riders are self-employed, so how they behave isn't something we answer for.",
        "DF",
    ),
    Line(
        "ticketing e-mail",
        "The event was moved to a date I can't make, I want a refund.",
        "Refunds are handled by the event organiser, so you'd have to take that up with them.",
        "DF",
    ),
    Line(
        "car rental phone",
        "The car you gave me has a flat tyre.",
        "Flat tyres are the roadside assistance company's department. Their number is on the "
        "key fob.",
        "DF",
    ),
    Line(
        "council text message",
        "The streetlight outside my house has been out for a month.",
        "Streetlights fall under the highways contractor, not this office.",
        "DF",
    ),
    Line(
        "coworking chat",
        "Someone keeps taking the desk I pay for.",
        "Desk disputes are for members to sort out among themselves.",
        "DF",
    ),
    Line(
        "games support ticket",
        "I was charged for a skin I never received.",
        "Purchases go through the console store, so it's their payments team you want, not us.",
        "DF",
    ),
    Line(
        "university registry phone",
        "My marks are missing from the portal.",
        "That's the department's business rather than ours; the registry only publishes what "
        "they send.",
        "DF",
    ),
    Line(
        "gym e-mail",
        "The showers have been cold all week.",
        "The building's management company owns the boilers, so it's out of our hands.",
        "DF",
    ),
    Line(
        "vet e-mail",
        "The pet insurer won't pay for the operation you did.",
        "What your insurer pays out is a matter between you and them.",
        "DF",
    ),
    # Non-apologies: sorry for the customer's feeling, impression or plans.
    Line(
        "garage e-mail",
        "The repair took five days instead of one.",
        "We're sorry the wait didn't suit your plans, but repairs take as long as they take.",
        "NA",
    ),
    Line(
        "vet reception phone",
        "Your receptionist was rude to me.",
        "I'm sorry you came away feeling that our receptionist was short with you.",
        "NA",
    ),
    Line(
        "gym review reply",
        "Overpriced and dirty. Won't be back.",
        "We apologise that your visit fell short of what you hoped for, though most members "
        "love it here.",
        "NA",
    ),
    Line(
        "ticketing chat",
        "Your site charged me a booking fee I never saw.",
        "Apologies if the fee wasn't as visible as you'd have liked.",
        "NA",
    ),
    Line(
        "letting agent phone",
        "Your agent turned up at my flat without any notice!",
        "I'm sorry that you were caught off guard, but notice was sent by post.",
        "NA",
    ),
    Line(
        "food delivery social reply",
        "@app your driver left my food out in the rain",
        "Sorry you weren't a fan of where the driver left it!",
        "NA",
    ),
    Line(
        "university registry e-mail",
        "Nobody told me the deadline had changed.",
        "We regret any impression you may have had that the deadline was fixed.",
        "NA",
    ),
    Line(
        "council phone",
        "Your letter threatened me with court over a bill I'd already paid!",
        "I apologise if the wording of the letter came across as harsh to you.",
        "NA",
    ),
    # Hard negatives.
    Line(
        "games support chat",
        "Your app is useless and so are you.",
        "When you say the app is 'useless', is it the login or the payments screen that fails?",
    ),
    Line(
        "car rental chat",
        "Sorry, this is probably a stupid question, but do I need my passport?",
        "There are no stupid questions here! Yes, please bring your passport to collect the car.",
    ),
    Line(
        "university registry e-mail",
        "The link you sent doesn't open.",
        "Silly me, I sent you the wrong link. Here's the right one.",
    ),
    Line(
        "gym chat",
        "Is the annual membership worth it?",
        "Honestly, it's a ridiculously good deal if you come twice a week.",
    ),
    Line(
        "vet reception phone",
        "Can I bring my dog in with me to the appointment?",
        "Of course! It would be crazy to make him wait outside in this heat.",
    ),
    Line(
        "vet phone",
        "I'm so anxious about Biscuit's surgery.",
        "That's completely understandable. I'll talk you through every step, and you can ring "
        "me any time before Friday.",
    ),
    Line(
        "garage text message",
        "Will the scuff on the bumper cost much?",
        "It's only a small job, so the touch-up is about forty pounds.",
    ),
    Line(
        "garage phone",
        "How long does an MOT take?",
        "Not that long, usually under an hour.",
    ),
    Line(
        "removals phone",
        "Your men broke my lamp.",
        "I'm so sorry we broke your lamp. I'll arrange a replacement and call you tomorrow.",
    ),
    Line(
        "council phone",
        "I've been on hold for forty minutes.",
        "I'm sorry you were kept on hold that long; that's on us, and I'm here now.",
    ),
    Line(
        "letting agent phone",
        "I need to change the name on my tenancy.",
        "That's our lettings team; I'll put you through and stay on the line until they pick up.",
    ),
    Line(
        "ticketing chat",
        "My ticket's QR code won't scan.",
        "I've reissued it from here, and if the venue still can't scan it, ring me on this "
        "number and I'll deal with them.",
    ),
    Line(
        "gym e-mail",
        "Can I get the joining fee back?",
        "The joining fee isn't refundable, but I can freeze your membership for three months "
        "free of charge.",
    ),
    Line(
        "restaurant phone",
        "Don't tell me to calm down, I've waited an hour for a table!",
        "You've every right to be frustrated, an hour is far too long. Your table is ready now.",
    ),
    Line(
        "coworking chat",
        "Is there a quiet area?",
        "Yes, the second floor is kept calm and phone-free all day.",
    ),
    Line(
        "gym chat",
        "Are the saunas included?",
        "They are, so you can relax after your swim at no extra cost.",
    ),
    Line(
        "university registry chat",
        "I'm worried I missed the enrolment deadline.",
        "Don't worry, your form arrived in time and you're enrolled.",
    ),
    Line(
        "food delivery app chat",
        "This is bloody ridiculous, it's the third time the food's been late.",
        "You're right, three late orders is ridiculous, and I've refunded all three.",
    ),
    Line(
        "university registry chat",
        "Am I being thick? I can't find the upload button.",
        "You're not being thick at all, it's hidden under the three dots at the top.",
    ),
    Line(
        "council e-mail",
        "You sent me the wrong form.",
        "I did, and that was a daft mistake on my part. The right form is attached.",
    ),
    Line(
        "letting agent text message",
        "Whose problem is the broken gate, yours or the landlord's?",
        "It's our problem now; I've booked the contractor for Tuesday morning.",
    ),
    Line(
        "gym text message",
        "When do you open on bank holidays?",
        "We open at eight on bank holidays and close at six.",
    ),
    Line(
        "food delivery app chat",
        "Your rider was so rude to me.",
        "I'm sorry he spoke to you like that. I've reported it to our rider team and added a "
        "credit to your account.",
    ),
    Line(
        "ticketing e-mail",
        "I'm furious the concert was cancelled.",
        "I completely understand, it's a huge disappointment. Your refund is already on its "
        "way and should land within five days.",
    ),
    Line(
        "vet chat",
        "Is it normal for a puppy to sleep this much?",
        "Completely normal, puppies sleep up to twenty hours a day, so there's nothing to worry "
        "about.",
    ),
    Line(
        "games support forum",
        "I've read the FAQ three times and still can't find the answer.",
        "That's on us, the FAQ doesn't cover it. Open Settings, then Account, then Restore.",
    ),
    Line(
        "car rental phone",
        "Sorry, what was the reference again?",
        "Of course, it's GX-4471. I'll text it to you as well so you have it.",
    ),
    Line(
        "restaurant chat",
        "Can I pay with Google Pay?",
        "Yes, Google Pay and Apple Pay both work at the till.",
    ),
    Line(
        "garage voicemail call-back",
        "Can you listen to the noise in the voicemail I left?",
        "I'm listening to it now, and I can hear the rattle you mean.",
    ),
    Line(
        "ticketing phone",
        "The venue lost my coat.",
        "The cloakroom is run by the venue, but I've emailed their manager myself and I'll call "
        "you as soon as they reply.",
    ),
    Line(
        "letting agent e-mail",
        "The contractor left rubbish all over my garden.",
        "The contractor works for us, so this is ours to fix. They'll be back to clear it "
        "tomorrow morning.",
    ),
    Line(
        "car rental counter",
        "Can you explain the excess again? I didn't follow.",
        "Happy to go through it again, it is confusing. The excess is the first £500 of any claim.",
    ),
    Line(
        "vet reception counter",
        "Thanks for squeezing us in today.",
        "You're very welcome, it was insanely busy but we always make room for Biscuit.",
    ),
    Line(
        "restaurant review reply",
        "We got engaged at your restaurant last night!",
        "What a lovely thing to share with us, congratulations to you both!",
    ),
    Line(
        "coworking chat",
        "Sorry for all the questions.",
        "Ask as many as you like, that's what I'm here for.",
    ),
    Line(
        "council chat",
        "I feel like an idiot, I can't work out the new recycling form.",
        "Even our own team found the new form confusing at first, so it's not just you.",
    ),
    Line(
        "food delivery app chat",
        "My cat walked across the keyboard and ordered forty tins.",
        "Sounds like she knows what she wants! I've cancelled thirty-nine of them for you.",
    ),
    Line(
        "council counter",
        "The parking fine was wrong, I had a permit.",
        "You're right, the permit was valid. I've cancelled the fine and there's nothing more "
        "you need to do.",
    ),
    Line(
        "removals e-mail",
        "Is there a silly fee for changing the moving date?",
        "No fee at all for changing the date if it's more than 48 hours away.",
    ),
    Line(
        "games support ticket",
        "I'm gutted, the tournament I qualified for was called off.",
        "That's a real blow after all the work you put in. I've kept your place for the "
        "rescheduled date and I'll email you the moment it's set.",
    ),
]


#: Floors a little under the figures after this block's fixes (see the docstring).
class TestBlock(BreakerBlockChecks):
    number, block, counts = 5, BLOCK, {"RL": 12, "MF": 10, "DF": 10, "NA": 8}
    floors = (0.95, 0.95, 0.95, 0.95)
