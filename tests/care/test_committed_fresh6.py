"""Rude language, minimising, deflecting and non-apologies on a sixth blind block, read
after the fixes of fresh5: the honest read of those fixes on wording they were not shown.

60 new agent turns in the author's own words, each with the customer's previous turn,
labelled before any detector read them, in registers and industries no earlier block
used: social comments, review replies, text messages, letters, an internal HR helpdesk,
for a salon, a plumber, a cinema, a charity, a nursery, a bike shop, a car-park
operator, an estate agent, a solar installer and a cleaning service. Labelled: 10 rude
(RL), 8 minimising (MF), 8 deflecting (DF), 6 non-apologies (NA), 28 hard negatives.

Reads (F1; tp/fp/fn):

- First read, after fresh5's fixes (819c6cb): rude_language 0.000 (0/0/10),
  minimises_feelings 0.364 (2/1/6), deflects 0.400 (2/0/6), non_apology 0.286 (1/0/5).
  The start rules (32dd22e) read exactly the same. So fresh5's structural fixes reached
  none of this block's new wording: they are wider families, still families. The one
  wrong firing (start rules too): "No worries at all, relax, we'll still fit you in."
  read as minimising. What fresh6 shows that no rule here reads: sarcasm with no
  second-person frame ("Your story is touching, but…", "which I realise is asking a lot
  of some parents", "We're a workshop, not a charity"), a curt order ("Read the text we
  sent you."), time-heals and bright-side minimising ("Hair grows back", "you'll forget
  this one soon enough"), deflections by ownership of the thing ("The machines belong
  to the payment provider"), and apologies for a taste ("you didn't love your cut,
  though…", "you found the volume a little much").
- Then, with time left, fixed on this block by kind (so the figures below are no longer
  a held-out read): the calming word after the agent waves the customer's apology away
  ("no worries, relax") is permission; a state of the customer's or "came as a
  surprise" excused by a contrast that owns nothing; "that one's for them to sort",
  "not really our department"; normality ("a phase they all go through", "some people
  wait"), "never hurt anyone", "you'll forget it soon", "it was only N minutes". After:
  rude_language 0.000 (0/0/10), minimises_feelings 0.933 (7/0/1), deflects 0.667
  (4/0/4), non_apology 0.667 (3/0/3); no breaker fires wrongly on blocks 1-6.
"""

from __future__ import annotations

from .test_committed_fresh1 import (
    BreakerBlockChecks,
    Line,
)

BLOCK: list[Line] = [
    Line(
        "salon social comment",
        "My colour came out orange, not blonde.",
        "Maybe next time bring a photo instead of describing it like a toddler.",
        "RL",
    ),
    Line(
        "plumber text message",
        "Is the engineer still coming today?",
        "Read the text we sent you. It has the time on it. In bold.",
        "RL",
    ),
    Line(
        "cinema chat",
        "Why can't I choose my seat?",
        "Honestly, if you can't manage a seat map I don't know what to tell you.",
        "RL",
    ),
    Line(
        "charity donor phone",
        "I'd like to stop my monthly donation.",
        "Fine, it's your conscience, not mine.",
        "RL",
    ),
    Line(
        "nursery e-mail",
        "Why wasn't I told about the training day?",
        "It was in the newsletter, which I realise is asking a lot of some parents.",
        "RL",
    ),
    Line(
        "bike shop counter",
        "Can you just check my brakes quickly?",
        "We're a workshop, not a charity, so no, not for free.",
        "RL",
    ),
    Line(
        "car park operator letter",
        "I paid for parking but still got a fine.",
        "Your story is touching, but the camera says otherwise.",
        "RL",
    ),
    Line(
        "HR helpdesk chat",
        "How do I book annual leave in the new system?",
        "Same way as everyone else who managed it without raising a ticket.",
        "RL",
    ),
    Line(
        "estate agent phone",
        "Has the seller replied to my offer yet?",
        "Ringing me every hour won't make them answer faster, you know.",
        "RL",
    ),
    Line(
        "solar installer e-mail",
        "The panels still aren't producing anything.",
        "Have you tried looking at them when the sun is actually out? Just a thought.",
        "RL",
    ),
    Line(
        "salon phone",
        "I'm mortified, my fringe is far too short for my wedding on Saturday.",
        "Hair grows back, it'll be fine by the photos, trust me.",
        "MF",
    ),
    Line(
        "plumber chat",
        "I'm really stressed, there's water coming through the ceiling.",
        "A little water never hurt anyone, it'll dry out.",
        "MF",
    ),
    Line(
        "nursery phone",
        "I'm upset that my son came home with a bite mark again.",
        "Toddlers bite, it's a phase they all go through.",
        "MF",
    ),
    Line(
        "cinema e-mail",
        "I'm so disappointed, the screen went dark for twenty minutes of the film.",
        "It was only twenty minutes out of two hours, you saw most of it.",
        "MF",
    ),
    Line(
        "bike shop chat",
        "I'm annoyed my bike still isn't ready after three weeks.",
        "Three weeks is nothing in peak season, some people wait two months.",
        "MF",
    ),
    Line(
        "estate agent e-mail",
        "I'm gutted we lost the house to a higher bid.",
        "There are plenty of other houses out there, you'll forget this one soon enough.",
        "MF",
    ),
    Line(
        "charity text message",
        "I'm really hurt that my late mum's name was misspelled in the memorial list.",
        "It's only one letter, most people won't spot it.",
        "MF",
    ),
    Line(
        "cleaning service phone",
        "I'm furious, your cleaner broke my favourite vase.",
        "At the end of the day it's just a thing, it can be replaced.",
        "MF",
    ),
    Line(
        "cinema e-mail",
        "The toilets were filthy during my film.",
        "The building's cleaning is contracted out, so complaints should go to the facilities "
        "firm.",
        "DF",
    ),
    Line(
        "salon chat",
        "The product you sold me gave me a rash.",
        "You'd need to raise that with the manufacturer, we only stock it.",
        "DF",
    ),
    Line(
        "plumber e-mail",
        "The boiler part you fitted has failed.",
        "Parts carry the maker's warranty, so that one's for them to sort.",
        "DF",
    ),
    Line(
        "car park operator e-mail",
        "Your ticket machine swallowed my card.",
        "The machines belong to the payment provider, we just lease the land.",
        "DF",
    ),
    Line(
        "HR helpdesk ticket",
        "My payslip is wrong again.",
        "Payroll is outsourced now, so it's not really our department any more.",
        "DF",
    ),
    Line(
        "nursery e-mail",
        "The lunch had nuts in it despite my daughter's allergy.",
        "Meals come from the catering company, so you'd have to speak to them about that.",
        "DF",
    ),
    Line(
        "solar installer phone",
        "The export payments haven't started.",
        "That's entirely between you and your energy supplier.",
        "DF",
    ),
    Line(
        "charity e-mail",
        "Your street fundraiser was really pushy with me.",
        "Our fundraisers are hired through an agency, so their conduct sits with the agency "
        "rather than with us.",
        "DF",
    ),
    Line(
        "salon review reply",
        "Terrible cut, the stylist ignored what I asked for.",
        "We're sorry you didn't love your cut, though our stylist followed the consultation notes.",
        "NA",
    ),
    Line(
        "plumber text message",
        "Your engineer left mud all over my carpet.",
        "Apologies if our engineer's standards weren't what you're used to.",
        "NA",
    ),
    Line(
        "cinema social reply",
        "@cinema the sound was deafening in screen 4",
        "Sorry you found the volume a little much! It's set to the studio's recommendation.",
        "NA",
    ),
    Line(
        "estate agent e-mail",
        "Your valuation was way off.",
        "I'm sorry our figure came as a surprise to you, but it reflects the market.",
        "NA",
    ),
    Line(
        "charity phone",
        "Why did you share my details with another charity?",
        "I regret that you feel your data was misused; we follow all the rules.",
        "NA",
    ),
    Line(
        "bike shop e-mail",
        "The repair cost twice the quote.",
        "Sorry you were unhappy with the final bill, but extra work was needed.",
        "NA",
    ),
    Line(
        "salon chat",
        "I think I look silly with this fringe.",
        "You look lovely, and if you'd like it softened I'll book you in free on Thursday.",
    ),
    Line(
        "plumber phone",
        "Will the repair take long?",
        "It's only a small job, about twenty minutes.",
    ),
    Line(
        "cinema chat",
        "Is the late showing scary?",
        "It's pretty intense, but nothing gory.",
    ),
    Line(
        "charity e-mail",
        "I'm sorry I can't give more this year.",
        "Please don't apologise, every pound you've given has mattered.",
    ),
    Line(
        "nursery phone",
        "I'm worried she isn't settling in.",
        "That's a very natural worry. She played happily this afternoon, and I'll send you "
        "photos at lunch tomorrow.",
    ),
    Line(
        "bike shop counter",
        "Probably a stupid question, but which way does the chain go?",
        "Not stupid at all, loads of riders ask. It goes round the big cog first.",
    ),
    Line(
        "car park operator chat",
        "You lot are useless, the barrier won't lift!",
        "I'm sorry, that must be so frustrating with a queue behind you. I've lifted it "
        "remotely now.",
    ),
    Line(
        "HR helpdesk chat",
        "Sorry to ask again, where's the leave form?",
        "Ask as often as you like! It's under My Time, then Requests.",
    ),
    Line(
        "estate agent phone",
        "Who handles the survey, you or the buyer?",
        "The buyer's surveyor does it, and I'll arrange access with them so you don't have to.",
    ),
    Line(
        "solar installer e-mail",
        "The inverter shows an error.",
        "That's the inverter maker's part, but I've logged the fault with them and I'll call "
        "you when the engineer's booked.",
    ),
    Line(
        "cleaning service chat",
        "Your cleaner was wonderful today.",
        "That's lovely to hear! She'll be chuffed to bits.",
    ),
    Line(
        "plumber phone",
        "I feel like an idiot, I forgot to turn the stopcock off.",
        "Don't be hard on yourself, it's easy to forget in a panic. We'll have you dry by tonight.",
    ),
    Line(
        "cinema e-mail",
        "The ticket page crashed and charged me twice.",
        "I'm sorry, that's our fault. I've refunded the second charge just now.",
    ),
    Line(
        "charity phone",
        "Can you stop sending me post?",
        "Of course, I've taken you off the mailing list today.",
    ),
    Line(
        "salon text message",
        "Running ten minutes late, so sorry!",
        "No worries at all, relax, we'll still fit you in.",
    ),
    Line(
        "bike shop social reply",
        "The new bell is seriously loud haha",
        "Ha, it's a ridiculously loud bell, the commuters love it.",
    ),
    Line(
        "nursery e-mail",
        "Why do we need to pay a deposit?",
        "The deposit holds your child's place; it comes off the final term's fees.",
    ),
    Line(
        "estate agent phone",
        "I'm really anxious about the survey.",
        "Completely understandable, it's a big moment. I'll ring you the minute the report lands.",
    ),
    Line(
        "HR helpdesk ticket",
        "Is it normal for payroll to take a week to reply?",
        "It shouldn't take that long. I've chased them and I'll update you by Friday.",
    ),
    Line(
        "car park operator e-mail",
        "Why did I get a fine? I was only two minutes over.",
        "You're right, two minutes is within the grace period. I've cancelled the fine.",
    ),
    Line(
        "cleaning service e-mail",
        "The cleaner missed the bathroom.",
        "Sorry about that, she should have done it. She'll come back tomorrow at ten to finish it.",
    ),
    Line(
        "charity phone",
        "Is my donation going to the right place?",
        "Yes, it goes straight to the hospice, not to any agency.",
    ),
    Line(
        "solar installer e-mail",
        "Do I have to tell my energy supplier about the panels?",
        "Yes, they need to know for the export payments. I've attached the form so you can "
        "send it to them.",
    ),
    Line(
        "salon review reply",
        "Loved my new colour!",
        "What a gorgeous shade on you, thank you for the lovely review!",
    ),
    Line(
        "cinema e-mail",
        "I told you twice my seat was broken.",
        "You did, and I'm sorry we didn't act the first time. The seat's fixed and there are "
        "two free tickets on your account.",
    ),
    Line(
        "bike shop chat",
        "My kid could fix this faster than your mechanics!",
        "I hear you, it's taken far too long. Your bike will be ready by noon tomorrow, and "
        "the labour's on us.",
    ),
    Line(
        "HR helpdesk chat",
        "Where do I find my P60?",
        "It's on the payroll portal under Documents; if it isn't there, message me and I'll "
        "get it for you.",
    ),
    Line(
        "plumber chat",
        "The quote is a bit high.",
        "I understand. I can do it for less if we use a standard tap rather than the designer one.",
    ),
]


#: Floors a little under the figures after the fixes made on this block (see above).
class TestBlock(BreakerBlockChecks):
    number, block, counts = 6, BLOCK, {"RL": 10, "MF": 8, "DF": 8, "NA": 6}
    floors = (0.0, 0.9, 0.6, 0.6)
