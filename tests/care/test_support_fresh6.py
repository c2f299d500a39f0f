"""Sixth round: emotional-support, peer-support, counselling and service chats, all four
helper behaviours at once (`asks_open_question`, `acknowledges_feelings`,
`offers_solution`, `gains_agreement`).

Every row was written for this file in its author's own words (none comes from a corpus),
with the seeker's, client's or customer's previous turn as context, and all four labels
were decided before any detector read the block. Settings: a volunteer "listener" in an
emotional-support chat, "peer support" forum replies, motivational-interviewing
"counselling", and "service" chats. Labels follow the earlier rounds' notions: a
wh-question or an invitation to tell is open, also a suggestion in a wh-question's form
("what if you spoke to your tutor?"), a yes/no question or a choice between offered
options is not; a feeling is acknowledged when it is named or met for the other person
(not an apology for a slip, not "glad it worked"); an offer is a suggestion, option or
action put on the table, also asked as a question ("have you thought about…?"); agreement
is asked when the helper checks that the other person goes along with a step, goal or
option ("how do those sound?", "would a cheaper plan help?"), not permission to talk about
something.

First reads, F1 open / feelings / offers / agreement, and the same block read by the
round's starting rules (fafb1cf):

- block 1 (57 rows): 0.974 / 0.927 / 0.919 / 0.750, exactly the starting rules' read.
  Errors by kind: feelings stated as theirs ("you're feeling a bit cornered"), a feeling
  noun they carry ("you carry a lot of guilt"), "a lot to be carrying"; "what if you spoke
  to…?"; agreement on options or a remedy asked about ("how do those sound?", "would a
  cheaper plan help?", "what might be a first step?", a bare "Worth asking?"), and a
  request for facts read as a pick ("tell me which payments you don't recognise"). Left:
  "which would suit you better?" after two options (open by the dev labels' habit with
  "which", closed here), "your local council can inspect it" (what an agency can do), "how
  do you feel about making that change?" (read as a proposal). After the fixes: 0.974 /
  1.000 / 0.947 / 0.963.
- block 2 (58 rows, written after block 1's fixes): 1.000 / 0.939 / 0.757 / 0.667; the
  starting rules 1.000 / 0.917 / 0.757 / 0.667 (block 1's feeling frames carried over,
  "you've been feeling a lot of shame"; its offer and agreement kinds did not). Errors by
  kind: a step proposed as a gerund question ("would cutting down be a place to start?",
  "would writing it down help?", both an offer and a request to agree), a peer's own way
  through ("worked for me"), a hedged instruction ("maybe try…"), "I can take care of
  that", a choice with its noun ("which day works best for you?"), a goal as a place
  ("where would you like to be with it?"), a feeling as what a thing becomes ("that gets
  exhausting") and "a real loss"; look-alikes: permission to explain ("would it be alright
  if I explained…?") and "could I take her full name?" after an offer. Left: "it helps
  loads" after the peer's own habit, "get a lockable box" (an imperative with "get"),
  "shall we check in…?", "that gets old", "I'm sorry nobody called" (an apology read as
  sympathy), "what do you think about going?" (read as a proposal). After the fixes: 1.000
  / 0.960 / 0.905 / 1.000.
- block 3 (57 rows, written after block 2's fixes): 0.944 / 0.800 / 0.743 / 0.941; the
  starting rules 0.944 / 0.773 / 0.743 / 0.941. Errors by kind: what others do with "do" +
  a thing ("a lot of families do a secret Santa"), a peer's own way ("for me it's noticing
  them…", "…changed my life"), "ask for a second opinion", another option named ("there's
  also one-to-one support"), an option "available for £4", "happy to go through it"
  without its subject; feelings: what it stirs up, "hard on everyone", "that fear makes a
  lot of sense", a pair of feelings exclaimed; after block 4, also a check after a
  semicolon in the offer's own sentence ("…between 8 and 12; is someone able to be home
  then?", agreement 0.941 -> 1.000). Left: "you need to tell him no" and "put it in
  writing" (imperatives too common to read as advice), "what's her date of birth?" (the
  dev labels call "what's her name?" open), "totally normal, numbness is common"
  (normalising), and four sympathy phrases that meet an apology or a thanks ("I'm sorry
  you had to wait", "thank you for trusting me with that"), which the phrase families
  count on purpose. After the fixes: 0.944 / 0.898 / 0.952 / 0.941.
- block 4 (55 rows, written after block 3's fixes): 0.971 / 0.905 / 0.788 / 0.824, exactly
  the starting rules' read: none of blocks 1-3's kinds reached its wording. Errors by
  kind: a pick between options just offered ("we can move the date, or spread the amount.
  Which would be easier?", also block 1's "which would suit you better?"), "that's a lot
  to watch…", "a big thing to face", "totally get that"; a step as a gerund that often
  helps ("sometimes changing the approach makes a big difference"), what helps the speaker
  settle ("tea and a podcast help me switch off"), a small step asked ("could you pick one
  tiny thing…?"), "keep a record… and talk to HR", "which days do you think would work
  best?"; look-alike: "would you be okay with me sharing a couple of helplines?"
  (permission to share). Left: "without that fear holding you back", a peer's routine told
  as a story, remedies already done ("I've pushed the refund through"), "what are you
  hoping to get out of it?" (read as a goal question). After the fixes: 1.000 / 0.978 /
  0.919 / 0.941.

Dev figures stayed at the round's start (feelings 0.841 then 0.843, offers 0.632,
agreement 0.702, open questions 0.946, AnnoMI 0.857). The floors sit a little under the
mended reads.

"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores


class Row(NamedTuple):
    """A helper's turn with the seeker's or customer's turn before it, and its labels."""

    setting: str
    context: str
    text: str
    opens: bool
    feels: bool
    offers: bool
    agrees: bool


Y, N = True, False

SETTINGS = {"listener", "peer support", "counselling", "service"}

BLOCK_1: list[Row] = [
    Row(
        "listener",
        "I got laid off on Friday and I haven't told my wife yet.",
        "Oh, that's a lot to be carrying on your own. What's making it hard to tell her?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I just feel like nobody on my course actually likes me.",
        "That sounds really lonely. Have you been feeling like this for a while?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My dog died last night. He was fourteen.",
        "I'm so sorry. Fourteen years is a whole chapter of your life. Tell me about him?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I can't sleep, my mind just keeps racing about money.",
        "Have you thought about writing the worries down before bed, so they're on paper "
        "and not going round in your head?",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I failed my driving test again.",
        "Ugh, that's so disappointing, especially after all those lessons.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I don't even know why I'm messaging, I'm just tired of everything.",
        "Thanks for messaging. What's been going on for you lately?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My sister keeps borrowing money and never pays it back.",
        "It might help to settle on a limit with yourself before she asks next time.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I've started going to the gym twice a week!",
        "That's brilliant, you must be really proud of yourself.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My manager shouted at me in front of the whole team.",
        "How humiliating. Nobody deserves to be spoken to like that.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm scared the biopsy will come back bad.",
        "Waiting for results like that is frightening. When do you expect to hear?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I keep thinking I should just quit my course.",
        "What if you spoke to your tutor first and asked about pausing instead of quitting?",
        Y,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I moved to a new city and I don't know anyone.",
        "Would you be open to trying a club or a class, something where you'd see the same "
        "faces each week?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "listener",
        "I relapsed after six months sober.",
        "Six months is still six months, and one night doesn't wipe that out. How are you "
        "doing with it today?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My boyfriend read my messages without asking.",
        "That's a real breach of trust, no wonder you're upset.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm so nervous about the interview tomorrow.",
        "Nerves are normal before something that matters. Shall we run through a couple of "
        "practice questions together?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "peer support",
        "Anyone else feel guilty for being happy after a loss?",
        "Yes, all the time after my dad passed. Being happy isn't betraying them, it's living.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "My therapist retired and I feel lost.",
        "Aw, losing a therapist you trust is hard. Sending you a big hug.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I'm 30 and still live with my parents, I feel like a failure.",
        "Lots of people are in the same boat because rent is insane right now.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "Panic attacks at work again today.",
        "Try the 5-4-3-2-1 thing: name five things you can see, four you can hear, and so on. "
        "It pulls me out of it most times.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "Had another panic attack on the train this morning.",
        "That sounds awful, I'm sorry you're dealing with that on your commute of all places.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I finally left him.",
        "I'm so proud of you. That takes so much courage.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "My grades are slipping and my parents don't know.",
        "How long has it been going on?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "I can't afford my meds this month.",
        "Some pharmacies have payment schemes, and your doctor might be able to switch you to "
        "a cheaper generic. Worth asking?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I only drink on weekends, it's not a big deal.",
        "What does a typical weekend look like for you?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "My doctor says I need to cut down on salt.",
        "How do you feel about making that change?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I know smoking's bad but it's the only thing that calms me down.",
        "So smoking helps you manage stress, and you're also aware of what it's costing you.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I've tried quitting before and it never sticks.",
        "Would it be okay if I shared some things that have worked for other people?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "Okay, go ahead.",
        "Some people find it easier to set a quit date and tell a few friends, others cut "
        "down gradually first. How do those sound to you?",
        Y,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I want to be around for my grandkids.",
        "That's really important to you. What might be a first step toward that?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I'm not sure I can do it.",
        "On a scale of one to ten, how confident are you that you could cut down to three "
        "drinks a night?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "Maybe I could try walking at lunch.",
        "Walking at lunch. How many days a week would feel realistic?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "My wife nags me about the drinking.",
        "You're feeling a bit cornered at home.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "I'm sick of being tired all the time.",
        "Is that something you'd want to work on together?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I guess I could cut out the evening snacks.",
        "That sounds like a good plan. Let's make that your goal for this week, okay?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "service",
        "My parcel says delivered but it's not here.",
        "I'm sorry, that's really frustrating. Could you check with your neighbours and your "
        "safe place first? If it's not there, I'll send a replacement out today.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "I've been charged twice for my subscription.",
        "What date did the second charge appear?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "Your app keeps logging me out.",
        "What happens right before it logs you out?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I want to cancel my contract.",
        "Sorry to see you go. Before I process it, would a cheaper plan help? I can drop you "
        "to the £10 tariff with no exit fee.",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "The heating engineer never showed up and I have a baby at home.",
        "That's awful with a little one in the house, I'm so sorry. I've booked the first "
        "slot tomorrow at 8am and I'm sending two heaters out today.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "Can I change my delivery address?",
        "Yes, of course. What's the new address?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I've been waiting 40 minutes on the phone.",
        "Thanks for holding, I know that's a long wait. How can I help today?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "The hotel room smells of smoke.",
        "I'm sorry about that. Would you like me to move you to a non-smoking room on the "
        "fourth floor?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "Your website is useless, I've tried five times to pay.",
        "Let's get this paid for you. You can also pay by phone on 0300 123 4567 if the site "
        "keeps failing.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "I'm really worried my account's been hacked.",
        "I can understand why you're worried. I'll freeze the card now so nothing else can go "
        "out. Are you able to tell me which payments you don't recognise?",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "My flight was cancelled and I'm stuck at the airport.",
        "What a nightmare. I can rebook you on the 18:40 or on the first flight tomorrow with "
        "a hotel tonight; which would suit you better?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "Thanks, that's sorted it.",
        "Great, glad it's working again! Anything else I can help with?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I'm not happy with the repair.",
        "What's not right with it?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "The sofa arrived ripped.",
        "Oh no, that's so disappointing after waiting eight weeks. We'll collect it and either "
        "replace it or refund you in full, whichever you'd prefer.",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "I keep getting an error when I upload.",
        "Could you send a screenshot of the error?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I lost my job and can't pay this month's bill.",
        "I'm sorry to hear about your job, that must be a worrying time. We can put a payment "
        "break on the account for three months while you get back on your feet. Does that "
        "sound helpful?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "Why has my bill gone up?",
        "Prices rose by 6% in April across all plans.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I get so angry with the kids and then I feel terrible.",
        "It sounds like you carry a lot of guilt after those moments. What happens just before "
        "you lose your temper?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I haven't left the house in a week.",
        "You could start really small, like standing on the doorstep for a minute with a cup "
        "of tea.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I keep messing everything up at work.",
        "What makes you say everything?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My mum has dementia and doesn't recognise me anymore.",
        "That must be heartbreaking. You're still her daughter, even on the days she can't see it.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I don't know what to do about my landlord ignoring the mould.",
        "Have you kept photos and emails? Your local council can inspect it and make him act.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I just want the pain to stop.",
        "I hear you, and I'm really glad you told me. Are you safe right now?",
        N,
        Y,
        N,
        N,
    ),
]

BLOCK_2: list[Row] = [
    Row(
        "listener",
        "My best friend moved abroad and I feel like I've lost my person.",
        "Losing your day-to-day person is a real loss, even when they're only a call away. How "
        "have you two been keeping in touch?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I haven't eaten properly in days because of the stress.",
        "Is there anyone around you who could share a meal with you tonight?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I've been crying at my desk every afternoon.",
        "That sounds exhausting to hold together all day. It might help to take a short walk "
        "outside when it starts, just to give yourself a break.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "listener",
        "I got into the nursing course!!",
        "No way, congratulations! All that hard work paid off. How are you going to celebrate?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I feel stupid for still being upset about a breakup from months ago.",
        "There's no timer on heartbreak. You loved him, of course it still stings.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "Everyone tells me to just think positive.",
        "Honestly, that advice would drive me up the wall too.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My dad is in hospital again.",
        "Do you have someone who can go with you to visit?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I can't stop checking his Instagram.",
        "Some people find muting the account gives them a bit of breathing room, without having "
        "to block him. Is that something you'd consider?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "listener",
        "My exam results come out tomorrow.",
        "Good luck! Fingers crossed it's the news you're hoping for.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I think I'm a burden to my family.",
        "What makes you think you're a burden?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I keep replaying the argument in my head.",
        "Would writing down what you wish you'd said help get it out of your head?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "listener",
        "I'm just so angry at him all the time.",
        "Anger makes sense when someone keeps letting you down.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm so lonely since I retired.",
        "Have you looked into volunteering? A lot of retired people say it gave their week a "
        "shape again.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I don't know, I guess I'm fine.",
        "You guess you're fine. Tell me what 'fine' looks like this week.",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "First day back at work after my miscarriage.",
        "Sending you so much strength today. Be gentle with yourself, you're allowed to take "
        "breaks.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "Does anyone else get anxious before phone calls?",
        "Same here! I write a little script before I call, it helps loads.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "My cat has to be put down tomorrow.",
        "Oh I'm so sorry. Give her extra cuddles tonight from me.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I've been clean for a year today.",
        "A whole year! That's massive, you should be so proud.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I hate my body.",
        "What would you say to a friend who said that about themselves?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "I feel like I'm always the one who texts first.",
        "Yeah that gets old fast. Maybe try not texting first for a week and see who reaches out?",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "peer support",
        "My roommate eats my food constantly.",
        "Get a lockable box for the fridge lol. Worked for me.",
        N,
        N,
        Y,
        N,
    ),
    Row("peer support", "I started therapy today.", "How did the first session go?", Y, N, N, N),
    Row(
        "counselling",
        "I drink because it helps me sleep.",
        "What else have you tried to help with sleep?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "My son says I'm never home.",
        "And how did that land with you when he said it?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I could maybe cut down to weekends only.",
        "Weekends only. What would that look like, week to week?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I've been thinking about my drinking a lot.",
        "Can I ask what's got you thinking about it?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I don't want to take the tablets.",
        "It's your decision in the end. Would it be alright if I explained what the tablets do, "
        "and then you can decide?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "The nicotine gum tastes awful.",
        "Some people switch to the lozenges or the patch instead. Would either of those be worth "
        "a go for you?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I feel like I let everyone down.",
        "You've been feeling a lot of shame about it.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "I walked three times this week.",
        "Three times, that's great progress. What helped you get out the door?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "My partner thinks I should go to a group.",
        "What do you think about going?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I want to stop vaping before the baby comes.",
        "That's a strong reason. So, by the time the baby arrives, where would you like to be "
        "with it?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I'm not sure.",
        "That's okay. We can come back to it next week if you'd prefer.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "counselling",
        "I smoke when I'm bored mostly.",
        "So boredom is one of the big triggers.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "Okay, I'll try the app.",
        "Great. Shall we check in on how it's going when we meet on Thursday?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "My mum passed away and I need to close her account.",
        "I'm very sorry for your loss. I can take care of that for you today; could I take her "
        "full name and the account number?",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "The washing machine flooded my kitchen.",
        "Oh no, what a mess to come home to. Is the machine still leaking now?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "I was promised a call back yesterday and nobody rang.",
        "I'm sorry nobody called. Would a call at 2pm today work for you? I'll make sure it "
        "happens.",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "I can't get the app to load on my phone.",
        "Could you try uninstalling and reinstalling it? That clears most loading problems.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "I'm so stressed, my rent payment bounced.",
        "That's a horrible feeling, especially with rent. Let's see what happened: when did you "
        "make the payment?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "Is there a way to pause my gym membership?",
        "Yes, you can freeze it for up to three months for £5 a month, or cancel with 30 days' "
        "notice.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "My package was stolen from my doorstep.",
        "How awful. I've raised a claim and you'll get a replacement within two days.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "Why was I charged a late fee?",
        "The payment arrived on the 3rd and the due date was the 1st.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I've been with you ten years and this is how you treat me?",
        "I completely understand your frustration, and I'm sorry. What would put this right for "
        "you?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "The game keeps crashing on level 3.",
        "Which device are you playing on?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I want to complain about the driver.",
        "I'm sorry to hear that. Can you tell me what happened?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "Thanks for your help today.",
        "You're welcome, have a lovely evening!",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "My order is late and it's my son's birthday tomorrow.",
        "Oh, I can imagine how worried you must be with the birthday tomorrow. I'm upgrading it "
        "to next-day delivery now at no cost, so it should arrive in time.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "The new update deleted all my notes.",
        "That's gutting, I'm sorry. Before anything else, don't sign out, we may be able to "
        "recover them from the cloud backup.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "Can I bring my dog to the hotel?",
        "We do welcome dogs in our garden rooms. Would you like me to move your booking to one "
        "of those?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "I need to reschedule my appointment.",
        "No problem. Which day works best for you next week?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "service",
        "I'm disabled and your store has no ramp.",
        "Thank you for telling us, that must be really frustrating. I'll pass this to the store "
        "manager today and ask for a portable ramp to be kept at the door.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "I've been overcharged for three months.",
        "Let me look into that for you. Do you have the bills to hand?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I don't understand this error message.",
        "No worries, it's a confusing one. It means the card's expired, so you'd just need to "
        "update the expiry date in Settings > Payments.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I feel invisible at home.",
        "Feeling invisible in your own home is such a lonely place to be. When did you first "
        "start noticing it?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm thinking about going back to college at 40.",
        "That's exciting! What's drawing you back?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "My landlord is selling and I have to move out in a month.",
        "Ugh, a month is nothing. Check your tenancy agreement though, you might be entitled to "
        "more notice than that.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "counselling",
        "I don't think I can stop completely.",
        "You don't have to decide that today. Would cutting down be a place to start?",
        N,
        N,
        Y,
        Y,
    ),
]

BLOCK_3: list[Row] = [
    Row(
        "listener",
        "I've been signed off work with burnout.",
        "Burnout is no joke, and it sounds like you've been running on empty for a long time. "
        "What has the first week off been like?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My girlfriend says I'm too clingy.",
        "Ouch. How did you feel when she said that?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I keep waking up at 4am with my heart pounding.",
        "You might want to mention that to your GP, especially the heart pounding part.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I'm scared I'll never find another job at my age.",
        "That fear makes a lot of sense after being let go. One thing that sometimes helps is "
        "setting a small daily target, like two applications, so it doesn't swallow the whole "
        "day.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "listener",
        "My brother hasn't spoken to me since the funeral.",
        "Do you know why he's gone quiet?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I finally told my mum I'm gay.",
        "Wow, that's a huge step! How did she take it?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "Nothing I do is ever good enough for my dad.",
        "It must hurt to keep trying and never hear that you've done well.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I have a presentation and I'm dreading it.",
        "Have you considered practising it in front of one friend first?",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I'm just really tired today.",
        "Okay. Would you like to tell me a bit about what's been tiring you out?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I think I might be depressed.",
        "Thank you for trusting me with that. Is it something you've been able to talk to a "
        "doctor about?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "My ex is getting married this weekend.",
        "That's going to stir up a lot, even if you're over him. Do you have plans to keep "
        "yourself busy on the day?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm proud of myself, I went to the party even though I was anxious.",
        "You should be! Pushing through anxiety like that takes real guts.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm thinking of moving back in with my parents.",
        "How are you feeling about that?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I can't afford Christmas presents this year.",
        "A lot of families do a secret Santa with a spending cap when money's tight. Could that "
        "work for yours?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "peer support",
        "Two weeks without self-harm.",
        "Two weeks is amazing!! Really happy for you.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "Is it normal to feel nothing after a breakup?",
        "Totally normal, numbness is a pretty common first reaction. It usually shifts after a "
        "while.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "My boss is making me cover everyone's shifts.",
        "You need to tell him no, honestly. Put it in writing so there's a record.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "Can't focus on anything since my diagnosis.",
        "Ugh, that brain fog is the worst. Be patient with yourself, it does lift.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "How do you all deal with intrusive thoughts?",
        "For me it's noticing them and labelling them, like 'that's just a thought', then "
        "getting on with what I was doing.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "My grandma just died.",
        "I'm so sorry for your loss. What was she like?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I'm quitting my job tomorrow with nothing lined up.",
        "Exciting and terrifying at the same time! Do you have some savings to tide you over?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "My doctor won't take me seriously.",
        "Ask for a second opinion, you're allowed to see someone else at the practice.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "counselling",
        "I drink maybe four or five cans a night.",
        "Mm-hmm. And, uh, how long has it been around that amount?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I don't really see it as a problem.",
        "Okay. So what, if anything, would make it a problem for you?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I guess I could try the nicotine patches again.",
        "The patches are one option. Do you want to give them another go, or look at the spray "
        "as well?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I'm worried about what my kids think.",
        "You care a lot about being a good example for them.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "Last time I tried to quit I was a nightmare to live with.",
        "So the irritability was hard on everyone, you included.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "I want to get my blood pressure down.",
        "Okay, would you be up for setting a target we can check at your next visit?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "counselling",
        "I'm ready to try.",
        "Great. So, what do you think would be a realistic first goal?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I haven't been taking the tablets.",
        "What's been getting in the way?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I'm fed up with being told what to do.",
        "It sounds like you've had a lot of people telling you what to do, and it's frustrating.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "Maybe I could swap the evening beer for something else.",
        "Something else like what?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I don't want to go to a group.",
        "That's fine, it's your call. There's also one-to-one support, or an online programme "
        "you can do at home.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "counselling",
        "I suppose I could walk the dog more.",
        "Walking the dog more. Does that feel doable for this week?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "My wife left because of my drinking.",
        "That's a big loss, and it sounds like you're still really hurting.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "I've had no hot water for four days!",
        "Four days without hot water is miserable, I'm sorry. I've booked an emergency engineer "
        "for tomorrow morning between 8 and 12; is someone able to be home then?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "Your courier threw my parcel over the fence.",
        "I'm sorry, that's not how it should be handled. Was anything damaged?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I'd like a refund on the jacket.",
        "Of course. Once we receive it back, the refund takes 3-5 working days to reach your "
        "account.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "How do I change my password?",
        "Go to Account, then Security, and tap 'Change password'.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "I'm really anxious about flying with my anxiety disorder.",
        "That's completely understandable. We can arrange assistance at the airport and priority "
        "boarding so things are calmer for you. Would that help?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "The bill is wrong again.",
        "I'm sorry about that. What amount were you expecting?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I was on hold for an hour.",
        "An hour is far too long, I'm sorry you had to wait. How can I help?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "Your engineer was really rude to my elderly mother.",
        "I'm so sorry, that must have been upsetting for her and for you. I'll raise it with his "
        "manager today and I'll call you back by Friday with what's been done.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "service", "Can you tell me when my order will arrive?", "It's due on Thursday.", N, N, N, N
    ),
    Row(
        "service",
        "I'm disappointed with the quality of the prints.",
        "I'm sorry they didn't meet your expectations. We'd be happy to reprint them free of "
        "charge, or refund the order, whichever you'd rather.",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "My smart meter shows zero.",
        "Could you try turning the display unit off and on again, and tell me what it shows after?",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "I've just had a baby and need to add her to my policy.",
        "Congratulations! I can add her today. What's her date of birth?",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "I'm so fed up, this is the third time.",
        "I hear you, three times is unacceptable. Let's get it fixed properly this time: I'm "
        "sending a senior technician rather than a contractor.",
        N,
        Y,
        Y,
        N,
    ),
    Row("service", "Why can't I log in?", "What message do you see when you try?", Y, N, N, N),
    Row(
        "service",
        "I've lost my job and need to cancel my broadband.",
        "I'm sorry to hear about your job. Before you cancel, we have a social tariff for £15 a "
        "month that might take the pressure off. Would you like to hear more about it?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service",
        "Do you deliver on Sundays?",
        "We don't, I'm afraid. Saturday delivery is available for £4.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "The flat has mould everywhere and my son has asthma.",
        "That's really worrying with your son's asthma. Has he been seen by a doctor about it?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "Thanks, I'm really relieved it's sorted.",
        "So glad we got there, what a relief for you!",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "I don't understand my pension statement.",
        "Happy to go through it with you. Which part is confusing?",
        Y,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I feel like I'm drowning in uni work.",
        "Drowning is a powerful way to put it. What's on your plate right now?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "peer support",
        "Anyone have tips for sleeping after a night shift?",
        "Blackout curtains and earplugs changed my life honestly.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "counselling",
        "I've cut down to two a day.",
        "That's a big change. How have you managed it?",
        Y,
        N,
        N,
        N,
    ),
]

BLOCK_4: list[Row] = [
    Row(
        "listener",
        "I got the all-clear from the hospital today!",
        "Oh that's the best news, I'm so relieved for you! How are you going to mark it?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "My flatmates leave me out of everything.",
        "Being left out in your own home sounds really isolating. Have they always been like that?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I think I need to leave my job but I'm scared.",
        "What's the part that scares you most?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I can't stop thinking about the accident.",
        "Something that might help is grounding: feel your feet on the floor and name a few "
        "things around you.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "My mum keeps criticising my weight.",
        "That would wear anyone down, hearing it over and over.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I don't have anyone to talk to.",
        "You've got me right now. Would you be okay with me sharing a couple of helplines you "
        "could call any time?",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "My partner forgot my birthday.",
        "Oof, that stings. Did he say anything about it after?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I've been drinking more since lockdown.",
        "How much would you say you're having on a typical night?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I passed my dissertation!",
        "Well done you! That must feel amazing after all those late nights.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I feel like I'm failing as a mum.",
        "What's making you feel that way this week?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "listener",
        "I have no motivation to do anything.",
        "Could you pick one tiny thing for today, like opening the curtains, and count that as a "
        "win?",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "My dad's drinking is getting worse.",
        "That's a lot to watch happen to someone you love.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "Got my first paycheck from my new job!",
        "Yesss, congrats!! You earned every penny.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "Does anyone else's anxiety get worse at night?",
        "Mine does. Chamomile tea and a podcast help me switch off.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "My sister stopped talking to me after the wedding.",
        "That's so painful, especially with family. I hope she comes round.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "I'm so behind on my coursework.",
        "You could email your tutors and ask for an extension, most of them are more "
        "understanding than you'd think.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "I got dumped by text.",
        "By TEXT? That's so cold. You deserve way better.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "What do you do when you can't sleep?",
        "I get up and read in another room until I'm drowsy, lying there awake makes it worse "
        "for me.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "peer support",
        "I'm so nervous about my first therapy session.",
        "Totally get that. What are you hoping to get out of it?",
        Y,
        Y,
        N,
        N,
    ),
    Row("peer support", "Anyone else hate Mondays?", "Lol yes. Mondays are the worst.", N, N, N, N),
    Row(
        "counselling",
        "I'm not really sure why I'm here.",
        "Okay. Whose idea was it for you to come along today?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I smoke about twenty a day.",
        "Twenty a day. And when do you find you smoke the most?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I know I should exercise but I hate gyms.",
        "Gyms aren't for everyone. There are other ways to get moving, like cycling to work or "
        "dancing at home.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "counselling",
        "I've tried everything and nothing works.",
        "It sounds really discouraging to put in all that effort and not see it pay off.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "I think I could manage two alcohol-free days a week.",
        "Two alcohol-free days. Which days do you think would work best?",
        Y,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "My GP wants me to see a dietitian.",
        "Is that something you'd be willing to do?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "I get cravings after dinner.",
        "After dinner is a tricky time. What have you noticed helps, even a little?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I'm thinking about cutting back.",
        "What would be the good things about cutting back, for you?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I could try the app you mentioned.",
        "Okay, so the plan is to download the app tonight and log each drink this week. Does "
        "that sound right to you?",
        N,
        N,
        N,
        Y,
    ),
    Row(
        "counselling",
        "My anxiety stops me going out.",
        "You'd really like to be able to go out without that fear holding you back.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "counselling",
        "Sometimes I don't take my insulin.",
        "Can you tell me more about the times you skip it?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "I don't know what to do next.",
        "Would it help if we looked at a few options together?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "I'm devastated, the ring I ordered for my proposal hasn't arrived.",
        "Oh no, not with something so important! I've flagged it as urgent with the courier and "
        "I'll personally ring you the moment I hear back.",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "Why has my internet been so slow?",
        "There's a fault in your area that engineers are working on; it should be fixed by 6pm.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I can't make the payment this month.",
        "Thanks for letting us know early. We can move your payment date to the 28th, or spread "
        "the amount over the next two months. Which would be easier?",
        N,
        N,
        Y,
        Y,
    ),
    Row(
        "service",
        "The coffee machine leaks from the bottom.",
        "Sorry about that! Try removing the drip tray and checking the seal is seated properly.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "I've been a customer for 20 years and I'm leaving.",
        "I'm sorry to hear you're unhappy. Could I ask what's made you decide to leave?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "service",
        "My luggage didn't arrive.",
        "What a rubbish start to your trip. Let's get a report filed so we can trace it; what "
        "colour is the case?",
        Y,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "Can I get a copy of my invoice?",
        "Sure, I've just emailed it over to you.",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "My elderly dad was cut off by mistake.",
        "I'm so sorry, that must have been frightening for him. I've reconnected the supply and "
        "added a priority flag so it can't happen again.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "Your app charged me twice.",
        "Can you send me a screenshot of both charges?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "I'm stuck abroad and my card is blocked.",
        "That's stressful, let's get you sorted. I can unblock it now once I've asked you a "
        "couple of security questions. Is that okay?",
        N,
        Y,
        Y,
        Y,
    ),
    Row("service", "What time do you close?", "We close at 8pm tonight.", N, N, N, N),
    Row(
        "service",
        "I'm pregnant and the seat you gave me is awful.",
        "Congratulations, and I'm sorry the seat isn't comfortable. Would you prefer an aisle "
        "seat near the front? I can switch it now.",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "service", "My order arrived but one item is missing.", "Which item is missing?", Y, N, N, N
    ),
    Row(
        "service",
        "I'm fuming, I was promised a refund a month ago.",
        "I understand why you're angry, a month is far too long. I've pushed the refund through "
        "today and added £20 for the trouble.",
        N,
        Y,
        Y,
        N,
    ),
    Row(
        "service",
        "How do I reset my router?",
        "Hold the reset button on the back for ten seconds until the lights flash.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "service",
        "The hotel pool was closed our whole stay.",
        "That's disappointing when you'd planned around it. What can we do to make it right?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "listener",
        "I'm starting chemo next week.",
        "That's a big thing to face. Who's going to be with you for the first session?",
        Y,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "Therapy isn't helping.",
        "Have you told your therapist that? Sometimes changing the approach makes a big "
        "difference.",
        N,
        N,
        Y,
        N,
    ),
    Row(
        "listener",
        "I feel really alone at uni.",
        "Is there a society or a group you were ever curious about?",
        N,
        N,
        N,
        N,
    ),
    Row(
        "counselling",
        "My husband does all the cooking and it's all fried.",
        "So a lot of what you eat is down to him. How might you bring it up with him?",
        Y,
        N,
        N,
        N,
    ),
    Row(
        "service",
        "My son's laptop broke two days before his exam.",
        "Oh no, terrible timing! We can do a same-day repair at the Leeds store if you can get "
        "it there by noon. Would that work?",
        N,
        Y,
        Y,
        Y,
    ),
    Row(
        "listener",
        "I had a panic attack in the supermarket.",
        "That sounds really scary, especially somewhere so public. Are you somewhere safe now?",
        N,
        Y,
        N,
        N,
    ),
    Row(
        "peer support",
        "My manager wants me to lie to customers.",
        "Don't do it. Keep a record of what he's asking and talk to HR or your union.",
        N,
        N,
        Y,
        N,
    ),
]

BLOCKS: dict[int, list[Row]] = {1: BLOCK_1, 2: BLOCK_2, 3: BLOCK_3, 4: BLOCK_4}

BEHAVIOURS = ("asks_open_question", "acknowledges_feelings", "offers_solution", "gains_agreement")


def _label(row: Row, behaviour: str) -> bool:
    return {
        "asks_open_question": row.opens,
        "acknowledges_feelings": row.feels,
        "offers_solution": row.offers,
        "gains_agreement": row.agrees,
    }[behaviour]


def scores(behaviour: str, rows: list[Row]) -> FreshScores:
    """How `behaviour`'s detector agrees with the labels of `rows`."""
    return fresh_scores(
        (
            f"[{row.setting}] {row.context!r} -> {row.text!r}",
            _label(row, behaviour),
            bool(detect(row.text, row.context, behaviours=[behaviour])),
        )
        for row in rows
    )


def test_blocks_are_new_sizeable_and_hold_both_classes_of_each_behaviour() -> None:
    seen: set[str] = set()
    for number, rows in BLOCKS.items():
        assert len(rows) >= 50, number
        texts = {row.text for row in rows}
        assert len(texts) == len(rows), f"block {number} repeats a line"
        assert not texts & seen, f"block {number} repeats an earlier block's line"
        seen |= texts
        assert {row.setting for row in rows} == SETTINGS, number
        for behaviour in BEHAVIOURS:
            positives = sum(_label(row, behaviour) for row in rows)
            assert len(rows) // 8 <= positives <= len(rows) - len(rows) // 8, (number, behaviour)


#: F1 floors, a little under what the rules read once each block's misses were mended.
FLOORS: dict[tuple[int, str], float] = {
    (1, "asks_open_question"): 0.95,
    (1, "acknowledges_feelings"): 0.97,
    (1, "offers_solution"): 0.92,
    (1, "gains_agreement"): 0.93,
    (2, "asks_open_question"): 0.97,
    (2, "acknowledges_feelings"): 0.93,
    (2, "offers_solution"): 0.87,
    (2, "gains_agreement"): 0.97,
    (3, "asks_open_question"): 0.92,
    (3, "acknowledges_feelings"): 0.87,
    (3, "offers_solution"): 0.92,
    (3, "gains_agreement"): 0.97,
    (4, "asks_open_question"): 0.97,
    (4, "acknowledges_feelings"): 0.95,
    (4, "offers_solution"): 0.89,
    (4, "gains_agreement"): 0.91,
}


@pytest.mark.parametrize(("number", "behaviour"), FLOORS)
def test_each_block_holds_its_floor(number: int, behaviour: str) -> None:
    found = scores(behaviour, BLOCKS[number])
    assert found.f1 >= FLOORS[number, behaviour], f"{behaviour}, block {number}: {found.summary()}"


# The kinds mended after block 1, each with a look-alike: (behaviour, the other person's
# turn, the helper's turn, expected).
KINDS: list[tuple[str, str, str, bool]] = [
    # A feeling stated as theirs, with a feeling word after "you're feeling / you feel".
    (
        "acknowledges_feelings",
        "My parents want me home every weekend.",
        "You're feeling pretty torn between them and your own plans.",
        True,
    ),
    (
        "acknowledges_feelings",
        "They went ahead without asking me.",
        "So it left you feeling overlooked, again.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I've had a sore arm since the jab.",
        "If you feel unwell over the next day or two, ring the surgery.",
        False,
    ),
    (
        "acknowledges_feelings",
        "My team leader watches everything I do.",
        "Do you feel judged when she does that?",
        False,
    ),
    (
        "acknowledges_feelings",
        "I always end up apologising.",
        "You feel like you have to keep the peace.",
        False,
    ),
    # A feeling noun as what they carry.
    (
        "acknowledges_feelings",
        "I should have visited him more before he died.",
        "You carry so much regret about those last months.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I should have visited him more before he died.",
        "Are you carrying a lot of guilt about it?",
        False,
    ),
    (
        "acknowledges_feelings",
        "I'm looking after Mum and the kids and working.",
        "That's a lot to be juggling at once.",
        True,
    ),
    # A suggestion as "what if you…?", not a fear asked about.
    (
        "offers_solution",
        "I dread the team meetings.",
        "What if you jotted down one point to raise before each meeting?",
        True,
    ),
    (
        "offers_solution",
        "I dread the team meetings.",
        "What if you freeze up when it's your turn?",
        False,
    ),
    # Options or a remedy put to them as a question, and a bare check after a suggestion.
    (
        "gains_agreement",
        "I can't face the gym.",
        "You could swim, or join a walking group. How do those sound?",
        True,
    ),
    (
        "gains_agreement",
        "I'd like to drink less.",
        "What could a first step look like for you?",
        True,
    ),
    (
        "gains_agreement",
        "The monthly payments are too high.",
        "Would a longer repayment plan help?",
        True,
    ),
    (
        "gains_agreement",
        "I keep forgetting my pills.",
        "A pill box by the kettle can help. Worth a try?",
        True,
    ),
    (
        "gains_agreement",
        "There are charges I don't know.",
        "I'll block the card now. Can you tell me which charges you don't recognise?",
        False,
    ),
    (
        "gains_agreement",
        "The delivery slot is too early.",
        "I can do Tuesday or Friday. Let me know which day suits you best.",
        True,
    ),
    # Block 2: a step proposed as a gerund question (an offer that asks them to agree).
    (
        "offers_solution",
        "I can't switch off at night.",
        "Would leaving your phone in the kitchen help at all?",
        True,
    ),
    (
        "gains_agreement",
        "I can't switch off at night.",
        "Would leaving your phone in the kitchen help at all?",
        True,
    ),
    (
        "gains_agreement",
        "I'm dreading the holidays.",
        "Would anything help you feel more ready for them?",
        False,
    ),
    ("gains_agreement", "I want to get fitter.", "Where would you like to be by the summer?", True),
    (
        "gains_agreement",
        "I need a new slot for the fitting.",
        "Sure. Which time works best for you on Friday?",
        True,
    ),
    (
        "gains_agreement",
        "I'm not sure about the injections.",
        "Would it be okay if I explained how they work first?",
        False,
    ),
    (
        "gains_agreement",
        "My husband died last week.",
        "I can take care of the account for you. Could I take his full name, please?",
        False,
    ),
    # A peer's own way through, and a hedged instruction.
    (
        "offers_solution",
        "My brain won't stop at bedtime.",
        "Audiobooks on a sleep timer worked for me.",
        True,
    ),
    (
        "offers_solution",
        "My brain won't stop at bedtime.",
        "What helped me was a notebook by the bed.",
        True,
    ),
    (
        "offers_solution",
        "I'm scared to tell my boss I'm struggling.",
        "Perhaps have a word with HR first, they can be on your side.",
        True,
    ),
    (
        "offers_solution",
        "I'm scared to tell my boss I'm struggling.",
        "Perhaps she already knows more than you think.",
        False,
    ),
    # A feeling as what a thing becomes, and a loss named.
    (
        "acknowledges_feelings",
        "He cancels on me every single time.",
        "That gets so exhausting after a while.",
        True,
    ),
    (
        "acknowledges_feelings",
        "We had to rehome our dog.",
        "Giving him up is a real loss, even when it's the right thing.",
        True,
    ),
    # Block 3: what others do, a peer's own way, seeking help, another option named.
    (
        "offers_solution",
        "Bedtime is a battle every night.",
        "A lot of parents do a wind-down hour with no screens.",
        True,
    ),
    (
        "offers_solution",
        "Bedtime is a battle every night.",
        "A lot of parents do struggle with it at that age.",
        False,
    ),
    (
        "offers_solution",
        "I get so tense before exams.",
        "For me it's going for a run the night before.",
        True,
    ),
    (
        "offers_solution",
        "My GP said it's just stress.",
        "Ask for a blood test anyway, just to rule things out.",
        True,
    ),
    (
        "offers_solution",
        "I can't do the evening class.",
        "There's also a Saturday morning group that meets in the library.",
        True,
    ),
    (
        "offers_solution",
        "Why is it so expensive?",
        "There's also a booking fee on top, I'm afraid.",
        False,
    ),
    (
        "offers_solution",
        "I need it before the weekend.",
        "Express delivery is available for £6.",
        True,
    ),
    (
        "offers_solution",
        "My statement makes no sense.",
        "Happy to walk you through it line by line.",
        True,
    ),
    # A feeling met: what a thing stirs up, hard on them, a fear that makes sense, a pair
    # of feelings exclaimed; not a greeting exclaimed.
    (
        "acknowledges_feelings",
        "Mum's house is being sold next week.",
        "That must bring up so many memories.",
        True,
    ),
    (
        "acknowledges_feelings",
        "My dad was in and out of hospital all year.",
        "That's been really hard on the whole family.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I'm scared they'll cut my hours.",
        "That worry makes a lot of sense with everything going on.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I'm moving to Canada next month!",
        "Thrilling and scary all at once! When do you fly?",
        True,
    ),
    (
        "acknowledges_feelings",
        "Thanks for the tip about the app.",
        "Cheers! Have a good one.",
        False,
    ),
    # Block 4: a step as a gerund that often helps, what helps the speaker settle, a small
    # step asked as a question, advice to keep evidence or seek help.
    (
        "offers_solution",
        "My toddler won't eat vegetables.",
        "Often hiding them in a sauce does the trick.",
        True,
    ),
    (
        "offers_solution",
        "I lie awake for hours.",
        "A warm bath and no phone help me drop off.",
        True,
    ),
    ("offers_solution", "I lie awake for hours.", "The bath helps me find the plug, ha.", False),
    (
        "offers_solution",
        "I can't face the whole flat.",
        "Could you pick one corner to tidy this evening?",
        True,
    ),
    (
        "offers_solution",
        "My landlord keeps entering without notice.",
        "Keep a log of each visit and the time.",
        True,
    ),
    (
        "offers_solution",
        "My landlord keeps entering without notice.",
        "He talked to your neighbours about it too.",
        False,
    ),
    (
        "gains_agreement",
        "I could do two runs a week.",
        "Which days do you think would suit you best?",
        True,
    ),
    (
        "gains_agreement",
        "I don't know where to turn.",
        "Would you be okay with me sharing a helpline number?",
        False,
    ),
    # A pick between the options just offered is closed; a "which" with none before is open.
    (
        "asks_open_question",
        "The train's cancelled.",
        "I can book the 9:10 or a taxi; which would you rather?",
        False,
    ),
    ("asks_open_question", "I bought two of your kettles.", "Which one do you use more?", True),
    # The weight of it, and validation without its subject.
    (
        "acknowledges_feelings",
        "My dad has been moved to a hospice.",
        "That's a lot to take on, on top of work.",
        True,
    ),
    (
        "acknowledges_feelings",
        "It's £400 to fix the boiler.",
        "That's a lot to pay, I know. The cover plan is £12 a month.",
        False,
    ),
    (
        "acknowledges_feelings",
        "I'm moving out of my parents' house.",
        "That's a big step to take, and a brave one.",
        False,
    ),
    (
        "acknowledges_feelings",
        "I'm moving out of my parents' house.",
        "That's a big change to go through at once.",
        True,
    ),
    (
        "acknowledges_feelings",
        "I get nervous speaking up in meetings.",
        "Totally get that, I used to freeze too.",
        True,
    ),
    # An offer and its check in one sentence, split by a semicolon.
    (
        "gains_agreement",
        "The fridge has stopped cooling.",
        "I've booked an engineer for Monday morning; will someone be home then?",
        True,
    ),
    (
        "gains_agreement",
        "The fridge has stopped cooling.",
        "I've booked an engineer for Monday morning; could you send me a photo of the label?",
        False,
    ),
]


@pytest.mark.parametrize(("behaviour", "context", "text", "expected"), KINDS)
def test_the_kinds_mended_and_their_look_alikes(
    behaviour: str, context: str, text: str, expected: bool
) -> None:
    assert bool(detect(text, context, behaviours=[behaviour])) is expected
