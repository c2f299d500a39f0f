"""Rude language, minimising, deflecting and non-apologies on a seventh blind block: the
held-out read of the rules as they stand after fresh5 and fresh6, held out until session
19, when its misses were read and the readings of meaning widened by kind (65663c6).

40 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in sectors no earlier block used (driving
school, locksmith, florist, printing shop, tutoring, pest control, pool maintenance,
tailor, dog groomer, photography studio, furniture) and registers from Instagram and
Messenger messages to review replies and counter talk. Labelled: 8 rude (RL), 6
minimising (MF), 6 deflecting (DF), 5 non-apologies (NA), 15 hard negatives.

Reads (F1; tp/fp/fn):

- The rules after fresh5 and fresh6 (6be936a): rude_language 0.000 (0/0/8),
  minimises_feelings 0.000 (0/0/6), deflects 0.000 (0/0/6), non_apology 0.333 (1/0/4).
  The start rules (32dd22e) read exactly the same. No breaker fired on any of the 15
  hard negatives (precision holds), but two rounds of rules by kind added nothing on
  wording they were not shown: sarcasm ("Radical idea, I know.", "Who'd have
  guessed."), a pet name as condescension ("sweetheart"), minimising by what others
  will notice or by habit ("you'll get used to it"), deflection by a thing's cover or
  contract ("Pumps are covered by the manufacturer", "the courier's affair"), and
  apologies for the customer's taste or expectation ("wasn't quite to your taste",
  "more than you were expecting"). Phrase families, however wide, do not carry: this
  needs a reader of meaning, not another family.
- Re-read (figures only, not mended on) after fresh8's clause reading of the
  non-apology (e26d0bf): non_apology 1.000 (5/0/0); rude_language, minimises_feelings
  and deflects still 0.000; no wrong firing.
- Session 19 (24 November 2026), no longer held out: read once with fresh9's readings
  of meaning in place (65663c6), then its misses read and those readings widened by
  kind, not by line (see test_committed_fresh9's docstring): rude_language 0.400
  (2/0/6), minimises_feelings 0.800 (4/0/2), deflects 1.000 (6/0/0), non_apology 1.000
  (5/0/0). The same after the readings were made fair to kind agent sentences (a
  dismissal of the problem only after a customer hurt by what happened, not one worried
  about what is to come; contempt only when aimed at the customer; a remit placed
  elsewhere only for a problem the customer raised, not a plain question), and no
  breaker fires on any of the 15 hard negatives. Its figures now say the readings hold
  here, not that they generalise: blocks 3 and 6 (never read line by line) are the
  held-out reads left.
"""

from __future__ import annotations

from .test_committed_fresh1 import (
    BreakerBlockChecks,
    HardNegativeChecks,
    Line,
)

BLOCK: list[Line] = [
    Line(
        "driving school text message",
        "Can I move my lesson to Friday?",
        "You've moved it four times. Do you actually want to learn to drive?",
        "RL",
    ),
    Line(
        "locksmith phone",
        "How long until you get here? I'm locked out.",
        "Maybe keep your keys in your pocket next time and you won't have to ask.",
        "RL",
    ),
    Line(
        "florist Instagram message",
        "The roses wilted after one day.",
        "Did you try giving them water? Radical idea, I know.",
        "RL",
    ),
    Line(
        "printing shop e-mail",
        "The colours on my flyers look different from my screen.",
        "Screens aren't paper. I'd have thought that was obvious to anyone.",
        "RL",
    ),
    Line(
        "tutoring service chat",
        "Why is my son still failing maths?",
        "Perhaps ask him, since helping with homework seems to be beyond you.",
        "RL",
    ),
    Line(
        "pest control phone",
        "The mice are back already.",
        "Oh brilliant, another call. Just what my day needed.",
        "RL",
    ),
    Line(
        "pool maintenance Messenger",
        "The water's gone green again.",
        "Shocking, a pool goes green when nobody adds the chemicals. Who'd have guessed.",
        "RL",
    ),
    Line(
        "tailor counter",
        "The trousers are still too long.",
        "I measured what you told me to measure, sweetheart, so that's on you.",
        "RL",
    ),
    Line(
        "dog groomer phone",
        "I'm upset, you cut my dog's ear while grooming.",
        "It's a nick, dogs get them at every groomer, he won't even remember it.",
        "MF",
    ),
    Line(
        "driving school e-mail",
        "I'm devastated, I failed my test for the third time.",
        "Loads of people fail three times, it's really not worth crying over.",
        "MF",
    ),
    Line(
        "photography studio chat",
        "I'm so upset, half the wedding photos are blurry.",
        "The other half are lovely though, and that's what people will look at.",
        "MF",
    ),
    Line(
        "florist phone",
        "I'm really annoyed, the funeral wreath was the wrong colour.",
        "Honestly, nobody at a funeral is looking at the colour of the flowers.",
        "MF",
    ),
    Line(
        "locksmith text message",
        "I'm really frustrated, the new lock is so stiff.",
        "New locks are always stiff, you'll get used to it.",
        "MF",
    ),
    Line(
        "furniture review reply",
        "Furious. Sofa arrived with a tear.",
        "It's a small tear on the back, which will be against the wall anyway.",
        "MF",
    ),
    Line(
        "dog groomer e-mail",
        "My dog came home with fleas.",
        "Fleas come from the environment, so you'd need to speak to your vet about that, not a "
        "groomer.",
        "DF",
    ),
    Line(
        "printing shop chat",
        "The courier left my posters in the rain.",
        "Once we hand them over, delivery is the courier's affair.",
        "DF",
    ),
    Line(
        "tutoring service chat",
        "The tutor didn't show up today.",
        "Our tutors are freelancers who set their own hours, so attendance is a matter for them.",
        "DF",
    ),
    Line(
        "pool maintenance e-mail",
        "The new pump is making a grinding noise.",
        "Pumps are covered by the manufacturer, so please direct any noise complaints to them.",
        "DF",
    ),
    Line(
        "pest control text message",
        "Your spray stained my carpet.",
        "Carpet damage would fall under your home insurance rather than anything on our side.",
        "DF",
    ),
    Line(
        "furniture phone",
        "The finance company keeps calling me about the sofa payments.",
        "The finance agreement is with them, so we can't get involved in that.",
        "DF",
    ),
    Line(
        "driving school e-mail",
        "My instructor shouted at me.",
        "I'm sorry you felt the instructor's tone was a bit strong, he's one of our most "
        "experienced.",
        "NA",
    ),
    Line(
        "photography review reply",
        "Overpriced for what we got.",
        "We're sorry the package didn't feel like value to you, though it's our most popular.",
        "NA",
    ),
    Line(
        "locksmith text message",
        "You charged me double the quote!",
        "Apologies if the price was more than you were expecting.",
        "NA",
    ),
    Line(
        "tailor e-mail",
        "You lost a button from my jacket.",
        "Sorry if it seems like we were careless; buttons do sometimes come loose.",
        "NA",
    ),
    Line(
        "florist Instagram message",
        "The bouquet looked nothing like the picture.",
        "Sorry the bouquet wasn't quite to your taste! Every arrangement is unique.",
        "NA",
    ),
    Line(
        "driving school phone",
        "I'm so nervous about my test tomorrow.",
        "Totally normal to feel nervous. You've done brilliantly in lessons, and I'll pick you "
        "up an hour early to warm up.",
    ),
    Line(
        "locksmith phone",
        "How long will you be?",
        "Not long at all, I'm ten minutes away.",
    ),
    Line(
        "florist chat",
        "Sorry, I know it's a silly thing to ask, but can you add a note?",
        "Not silly at all! I'll write it by hand and tuck it in.",
    ),
    Line(
        "printing shop e-mail",
        "The flyers are perfect, thank you!",
        "Brilliant, they came out stupidly sharp, didn't they? Enjoy the event!",
    ),
    Line(
        "tutoring service e-mail",
        "Who do I talk to about the invoice?",
        "That's our accounts team; I've copied them in here and I'll make sure they reply today.",
    ),
    Line(
        "pest control phone",
        "Is the spray safe for my cat?",
        "Yes, once it's dry, which takes about an hour. Keep her out of the room until then.",
    ),
    Line(
        "pool maintenance phone",
        "I'm annoyed the engineer was late.",
        "You're right to be, he should have called ahead. I'm sorry, and I've taken the "
        "call-out fee off.",
    ),
    Line(
        "tailor counter",
        "Can you take the jacket in a little?",
        "Of course, it's only a small alteration, ready by Thursday.",
    ),
    Line(
        "dog groomer phone",
        "I'm worried about leaving her for three hours.",
        "That's understandable, lots of owners feel the same. I'll text you a photo halfway "
        "through.",
    ),
    Line(
        "furniture e-mail",
        "You said delivery Monday, it's Wednesday.",
        "I'm sorry, we got the date wrong and that's on us. It's on the van for tomorrow morning.",
    ),
    Line(
        "photography e-mail",
        "Can I get the raw files?",
        "We don't hand out raw files, but I can edit any ten extra photos of your choice for free.",
    ),
    Line(
        "florist phone",
        "You people are hopeless, the flowers never came!",
        "When you say 'hopeless', I completely get it. I've sent a new bouquet by courier, "
        "arriving by two.",
    ),
    Line(
        "driving school chat",
        "The theory test is run by the DVSA, right?",
        "Yes, the DVSA runs it, and I'll help you book it on their site if you like.",
    ),
    Line(
        "locksmith phone",
        "I feel really stupid for locking myself out.",
        "Happens to the best of us, I've done it myself. I'll be there in twenty minutes.",
    ),
    Line(
        "pool maintenance chat",
        "Is green water dangerous?",
        "It's not harmful to touch, but I'd keep out of it until we've treated it tomorrow.",
    ),
]


#: Floors a little under the reads after session 19 (see above): they guard what the
#: readings of meaning gained here, no wrong firing, and the 15 hard negatives.
class TestBlock(BreakerBlockChecks, HardNegativeChecks):
    number, block, counts = 7, BLOCK, {"RL": 8, "MF": 6, "DF": 6, "NA": 5}
    floors = (0.35, 0.75, 0.95, 0.95)
    hard_negatives = 15
