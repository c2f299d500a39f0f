"""A fifth fresh check for `asks_open_question`: counselling and call transcripts beside
service chat, phone, e-mail and social-media replies (fifth round, 23 November 2026).

Dev F1 was 0.946 at the start of the round but AnnoMI's counselling turns only 0.855, so
half of each block is written in the style of motivational-interviewing sessions and
Switchboard calls (no "?", stammers, "uh-huh", a reflection before the question) and half
in service styles. Every row was written and labelled before the detector read it; each
block was written after the previous block's misses were mended. Not taken from any
labelled corpus.

Labels follow the project's notion (the public dialogue-act data's, see the fresh3
check): a wh-question or an invitation to tell is open even when it asks for a plain fact
("what time do you usually go to bed?"); a yes/no question, a tag question, a filler
("you know?", "right?"), a choice offered (also after a colon, or split off: "…, three?
Four?"), a request for an identifier or a detail again, a proposal to say yes or no to
("how about we…"), an embedded "whether"/"if" and an exclamation are closed. Embedded
wh-questions and invitations without a "?" ("I wonder what you make of all this", "it'd
be good to hear what your partner thinks", "go on, what happened then") are open.

First reads (F1), each against the round's starting rules (commit f21f09b) on the same
block:

- block 1 (62 rows): 0.985, the starting rules themselves; 1.000 after "let us know a bit
  more about…".
- block 2 (62 rows, the kinds the round set out to check): 0.846 (P 0.96, R 0.76), the
  same as the starting rules: a reply's leading @handle, "uh-huh, and you have how many
  kids", "wondering, uh, what…", "it'd be good to hear what…", "if you could explain
  how…", "any details you can share", and a choice after a colon; then 1.000.
- block 3 (60 rows): 0.967 (starting rules 0.949): "we're keen to understand how…", "the
  last 4 digits of the card"; then 1.000.
- block 4 (60 rows): 0.915 (starting rules 0.897): "could you go over it for me?", "we
  would welcome your thoughts on how…"; then 0.951. Left open on purpose: suggestions in
  a wh-question's form ("what if you tried…", "why don't you give it a go", "how about
  trying…"), which the dev labels call open ("why don't we do that?", "how about having a
  jury…").
- block 5 (60 rows): 0.951 (starting rules 0.915): "go on, what happened then", a guess
  in words ("…, three? Four?"), "the serial number on the back of the device"; then 1.000.

The floors sit a little under what the rules now score.
"""

from __future__ import annotations

import pytest

from .test_open_questions_fresh import Question, open_question_scores

# Each row: (block, where it was said, the agent's or counsellor's words, open question?).
# "counselling" is written like motivational-interviewing sessions, "call" like
# Switchboard's telephone conversations.
ROWS: list[tuple[int, str, str, bool]] = [
    (1, "counselling", "So tell me a little about what brought you in today.", True),
    (1, "counselling", "Walk me through a typical evening when you drink.", True),
    (1, "counselling", "I'm curious what you make of the numbers from your blood test.", True),
    (1, "counselling", "I was wondering how you felt when your daughter said that.", True),
    (1, "counselling", "Okay, so you've cut down to two cigarettes a day, is that right?", False),
    (1, "counselling", "You'd like to try the patch, yeah?", False),
    (1, "counselling", "And what else?", True),
    (1, "counselling", "Mm-hmm. What happens for you when you skip the gym for a week?", True),
    (1, "counselling", "Would you be willing to write down what you eat for a few days?", False),
    (
        1,
        "counselling",
        "So on the one hand you enjoy it, and on the other hand it's costing you your sleep.",
        False,
    ),
    (1, "counselling", "What might be some of the good things about cutting back?", True),
    (1, "counselling", "Do you want to talk about the drinking or the smoking first?", False),
    (1, "counselling", "How many drinks would you say you have on a Friday?", True),
    (1, "counselling", "How has that been affecting things at home?", True),
    (1, "counselling", "How about we come back to that next week?", False),
    (1, "counselling", "Help me understand what a good day looks like for you.", True),
    (1, "counselling", "It sounds like you're pretty fed up with being told what to do.", False),
    (1, "counselling", "I'd like to hear more about the time you quit before.", True),
    (1, "counselling", "What would need to be different for you to feel ready?", True),
    (1, "counselling", "Have you ever thought about talking to your doctor about it?", False),
    (1, "call", "what kind of music do you listen to", True),
    (1, "call", "you know?", False),
    (1, "call", "so how do you feel about the death penalty", True),
    (1, "call", "do you have kids", False),
    (1, "call", "where did you go to school", True),
    (1, "call", "it's been raining all week, hasn't it", False),
    (1, "call", "did you see that game last night or", False),
    (1, "call", "what do you think about the new tax thing", True),
    (1, "call", "right?", False),
    (1, "call", "and how about your husband, what does he think", True),
    (1, "call", "was it the red one or the blue one", False),
    (1, "call", "what was it like growing up there", True),
    (1, "chat", "Could you describe what you see on the screen when it crashes?", True),
    (1, "chat", "whats ur order number pls", False),
    (1, "chat", "ok what happened after you clicked pay", True),
    (1, "chat", "Is the light on the router green or orange?", False),
    (1, "chat", "Let me know a bit more about the issue and I'll dig in.", True),
    (1, "chat", "Did you get the verification email?", False),
    (1, "chat", "how long has it been doing that", True),
    (1, "chat", "Can I take the postcode on the account?", False),
    (1, "chat", "Tell me what you were trying to do when the error popped up.", True),
    (1, "chat", "you're on the latest version, right?", False),
    (1, "phone", "okay and what seems to be the problem with the boiler", True),
    (1, "phone", "can you confirm your date of birth for me", False),
    (1, "phone", "so walk me through what the engineer said", True),
    (1, "phone", "and that's the flat on the second floor yeah", False),
    (1, "phone", "why do you think the payment bounced", True),
    (1, "phone", "is that the mobile ending 442", False),
    (1, "phone", "so would Tuesday or Wednesday suit you better", False),
    (1, "phone", "what would be the best outcome for you today", True),
    (1, "email", "Could you tell us how the damage happened?", True),
    (1, "email", "We'd really like to understand what went wrong at check-in.", True),
    (1, "email", "Please could you confirm whether you still have the receipt?", False),
    (1, "email", "What would you like us to do with the replacement item?", True),
    (1, "email", "Would you prefer a refund or a voucher?", False),
    (1, "email", "Could you reply with your booking reference?", False),
    (1, "tweet", "@sam_k sorry to hear that! what happened at the gate? ^JL", True),
    (1, "tweet", "@rita_m can you DM us your booking ref? we'll take a look ^AB", False),
    (1, "tweet", "Hey Tom, how can we help today?", True),
    (1, "tweet", "@dave did you try restarting the app? ^MK", False),
    (1, "tweet", "@jo_88 Oh no! Which station are you at and what's the board showing?", True),
    (1, "tweet", "@lee is this still happening? let us know ^PS", False),
    (2, "counselling", "I wonder what you make of all this.", True),
    (2, "counselling", "I'm wondering whether you'd be open to trying that.", False),
    (2, "counselling", "I wonder if you've ever felt like that before.", False),
    (2, "counselling", "Tell me about the last time you tried to stop.", True),
    (2, "counselling", "You've been smoking since you were fifteen, you said?", False),
    (2, "counselling", "And the kids, how are they coping with all of it?", True),
    (2, "counselling", "Your sister. What does she say about the drinking?", True),
    (2, "counselling", "Where does that leave you, do you think?", True),
    (2, "counselling", "What's your drink of choice, beer or wine?", False),
    (2, "counselling", "Which would you rather work on first, the diet or the exercise?", False),
    (2, "counselling", "How about we set a quit date together?", False),
    (2, "counselling", "How about your job, how's that going?", True),
    (2, "counselling", "You know, it's hard, you know?", False),
    (2, "counselling", "So that's been going on for a while, right?", False),
    (2, "counselling", "Mm. And then what?", True),
    (2, "counselling", "What time do you usually go to bed?", True),
    (2, "counselling", "How old were you when you had your first drink?", True),
    (2, "counselling", "I guess I'm curious about what keeps you coming back to it.", True),
    (2, "counselling", "It'd be good to hear what your partner thinks.", True),
    (2, "counselling", "So what I'm hearing is that you want to cut down but not stop.", False),
    (2, "counselling", "What you said earlier about your dad really stuck with me.", False),
    (2, "counselling", "How you manage all that with three kids I'll never know.", False),
    (2, "counselling", 'Can you say a bit more about what you mean by "out of control"?', True),
    (2, "counselling", "Does that make sense?", False),
    (2, "call", "what do you do for a living", True),
    (2, "call", "so what part of Texas are you from", True),
    (2, "call", "uh-huh, and you have how many kids", True),
    (2, "call", "do you think they'll ever fix it", False),
    (2, "call", "I was just wondering, uh, what you all think about the schools there", True),
    (2, "call", "what, the public ones?", False),
    (2, "call", "isn't that something", False),
    (2, "call", "why's that", True),
    (2, "chat", "What's the email address on the account?", False),
    (2, "chat", "What's the best number to call you back on?", False),
    (2, "chat", "What's the problem with the email address?", True),
    (2, "chat", "How about I send a replacement today?", False),
    (2, "chat", "How about a refund instead, would that work?", False),
    (2, "chat", "Which do you prefer: courier or collection?", False),
    (2, "chat", "ok so the charger, what does it do when you plug it in", True),
    (2, "chat", "The parcel. Where was it left?", True),
    (2, "chat", "You tried the reset already, didn't you?", False),
    (2, "chat", "Can you tell me which size you ordered?", True),
    (2, "phone", "and what's the name on the card", False),
    (2, "phone", "sorry, what was the postcode again", False),
    (2, "phone", "how's the signal been since the engineer came", True),
    (2, "phone", "is it just the one handset or all of them", False),
    (2, "phone", "right so what I'll do is book you in for Thursday", False),
    (2, "phone", "let me just check what we've got", False),
    (2, "phone", "tell me what the display says", True),
    (2, "phone", "was that before or after the update", False),
    (2, "email", "I'd be grateful if you could explain how the fault first appeared.", True),
    (2, "email", "We would appreciate any details you can share about the delivery.", True),
    (2, "email", "Please let us know whether the replacement has arrived.", False),
    (2, "email", "Please let us know how you'd like to proceed.", True),
    (2, "email", "Do let us know if there's anything else we can help with.", False),
    (2, "email", "What we need from you is a photo of the label.", False),
    (2, "tweet", "@kim_r Hi Kim, what's going on with your order? DM us and we'll check ^SR", True),
    (
        2,
        "tweet",
        "@ben__ That's not what we like to hear! Can you DM us the booking ref? ^EL",
        False,
    ),
    (2, "tweet", "@amy how did the new router work out for you? ^TJ", True),
    (2, "tweet", "@rob_t Which flight were you on? We'll look into it.", True),
    (2, "tweet", "@nina what a start to the day! we're so sorry ^CC", False),
    (2, "tweet", "@paul Hi Paul, sorry about this. Are you still waiting at the stop? ^MG", False),
    (
        3,
        "counselling",
        "So you've tried the gum and the patches and neither really stuck. "
        "What got in the way each time?",
        True,
    ),
    (
        3,
        "counselling",
        "So you've tried the gum and the patches and neither really stuck, and "
        "you're not sure anything will.",
        False,
    ),
    (
        3,
        "counselling",
        'Mm-hmm. And when you say you feel "stuck", what does that look like day to day?',
        True,
    ),
    (
        3,
        "counselling",
        "You mentioned your son earlier. Is he the one who's been on at you to quit?",
        False,
    ),
    (
        3,
        "counselling",
        "Um, I'm interested in what you noticed on the days you didn't drink.",
        True,
    ),
    (
        3,
        "counselling",
        "Okay, so thinking ahead a year or so, wh-what would you want to be different?",
        True,
    ),
    (
        3,
        "counselling",
        "I'd like to share some information about what the guidelines say, if "
        "that's okay with you?",
        False,
    ),
    (3, "counselling", "Would it be okay if I asked you a few questions about your sleep?", False),
    (3, "counselling", "Okay. Tell me about your week.", True),
    (3, "counselling", "Right, so the week's been rough.", False),
    (3, "counselling", "What's the hardest part about it for you?", True),
    (3, "counselling", "And that was Tuesday or Wednesday?", False),
    (3, "counselling", "You've got a lot on your plate right now, haven't you?", False),
    (3, "counselling", "How do you see your drinking fitting in with the rest of your life?", True),
    (3, "counselling", "How about we take a look at the food diary together?", False),
    (3, "counselling", "If you did decide to cut down, how might you go about it?", True),
    (3, "counselling", "I wonder how your wife would describe the last few months.", True),
    (3, "counselling", "I wonder whether it's worth having another go.", False),
    (3, "call", "so, uh, what, what kind of work do you do", True),
    (3, "call", "oh, really", False),
    (3, "call", "how do you like it down there", True),
    (3, "call", "yeah, it's, it's a lot, you know", False),
    (3, "call", "huh, what did you think of it", True),
    (3, "call", "you've been to Dallas, haven't you", False),
    (3, "call", "well how do you folks handle the, the recycling where you are", True),
    (3, "call", "is that the one with the, uh, the big cat", False),
    (3, "call", "and you, uh, do you do any of the cooking", False),
    (3, "call", "what sort of things do you like to make", True),
    (3, "call", "what a mess", False),
    (3, "call", "so why'd you pick that school", True),
    (3, "chat", "Oh no, sorry about that! What error message are you seeing?", True),
    (3, "chat", "Just to confirm, it's the grey one you ordered?", False),
    (3, "chat", "no worries! how can i help today", True),
    (
        3,
        "chat",
        "Do you still want to go ahead with the exchange, or would you rather a refund?",
        False,
    ),
    (3, "chat", "whats the last 4 digits of the card", False),
    (3, "chat", "Could you give me a bit more detail on what the app does when it freezes?", True),
    (3, "chat", "what were you hoping the upgrade would do for you?", True),
    (3, "chat", "Thanks for waiting! I've put the refund through now.", False),
    (3, "chat", "Is this for a business or personal account?", False),
    (3, "chat", "Happy to help. So what's been going wrong with the login?", True),
    (3, "phone", "and how did you find out about the charge", True),
    (3, "phone", "okay can I just grab your full name please", False),
    (3, "phone", "right, so talk me through when it started making the noise", True),
    (3, "phone", "and is that on the top or the bottom of the unit", False),
    (3, "phone", "what did the previous agent tell you", True),
    (3, "phone", "lovely, and is the address still 14 Mill Lane", False),
    (3, "phone", "so what would you like to happen from here", True),
    (3, "phone", "so it's been off since Monday, yeah?", False),
    (3, "email", "Could you let us know what happened when the driver arrived?", True),
    (3, "email", "We'd like to know whether you would be happy to accept a partial refund.", False),
    (3, "email", "We're keen to understand how this affected your stay.", True),
    (3, "email", "Can you confirm which email address you used to register?", False),
    (3, "email", "Any further details you can give us about the missing items would help.", True),
    (3, "email", "How about we arrange a call at a time that suits you?", False),
    (
        3,
        "tweet",
        "@jen_h We'd hate for you to miss your flight! Are you at the airport yet?",
        False,
    ),
    (3, "tweet", "@max_p Sorry, Max. What seems to be the problem with the app? ^RT", True),
    (
        3,
        "tweet",
        "@ollie_b what a wait, we're so sorry. DM us your order number and we'll chase it ^KW",
        False,
    ),
    (3, "tweet", "@sara tell us more about what happened on the 8:15? ^LB", True),
    (3, "tweet", "@gemma_w Is the app still crashing after the update?", False),
    (3, "tweet", "@tim_r Hey Tim, how's the new phone treating you?", True),
    (4, "counselling", "And your mum. How's she been taking all this?", True),
    (4, "counselling", "What if you tried leaving the car at home on Fridays?", False),
    (4, "counselling", "Why don't you give the app a go for a week and see?", False),
    (4, "counselling", "Why not start with just the weekends?", False),
    (4, "counselling", "How come you decided to come in today?", True),
    (4, "counselling", "Anything else?", False),
    (4, "counselling", "What else has changed since the baby arrived?", True),
    (4, "counselling", "How about at work, how do people there react?", True),
    (4, "counselling", "How about trying it for a fortnight and then we'll review?", False),
    (4, "counselling", "So you'd like to have it sorted by summer, you know what I mean?", False),
    (
        4,
        "counselling",
        "It's been a long road, hasn't it, with everything you've had going on.",
        False,
    ),
    (4, "counselling", "I get the sense it's complicated. Where would you even start?", True),
    (4, "counselling", "Say a little more about that.", True),
    (4, "counselling", "Some people find it helps to have a plan written down.", False),
    (
        4,
        "counselling",
        "I'm not sure I fully understand what happened next, could you go over it for me?",
        True,
    ),
    (
        4,
        "counselling",
        "You said earlier you didn't want to talk about work, and that's fine.",
        False,
    ),
    (
        4,
        "counselling",
        "Uh, what, what kind of things do you tell yourself when you get the urge?",
        True,
    ),
    (4, "counselling", "Would it help if we looked at some options together?", False),
    (
        4,
        "counselling",
        "So on a scale of one to ten, how important is it to you to cut down?",
        True,
    ),
    (4, "counselling", "What do you reckon your doctor would say if she saw your diary?", True),
    (4, "call", "which one", True),
    (4, "call", "how so", True),
    (4, "call", "oh, that's neat", False),
    (4, "call", "who else is in the family", True),
    (4, "call", "I don't know what they're thinking", False),
    (4, "call", "so what do you all do for fun around there", True),
    (4, "call", "and so you've lived there all your life, huh", False),
    (4, "call", "you know what I mean", False),
    (4, "call", "what did you end up doing", True),
    (4, "call", "was it a boy or a girl", False),
    (4, "chat", "Sorry you've had trouble! Where are you stuck in the setup?", True),
    (4, "chat", "Where would you like it delivered, home or work?", False),
    (4, "chat", "What size did you order, small, medium or large?", False),
    (4, "chat", "ok and what does it say when u try to log in", True),
    (4, "chat", "hmm, did you try clearing the cache?", False),
    (4, "chat", "If you could just confirm the order number, I'll take a look.", False),
    (4, "chat", "I'd love to know a bit more about how you use the app day to day.", True),
    (4, "chat", "I know how annoying that must be.", False),
    (4, "chat", "Let me see what I can do.", False),
    (4, "chat", "How did you get on with the steps I sent?", True),
    (4, "phone", "and what made you think it was the battery", True),
    (4, "phone", "right, and you're still at the same address yeah", False),
    (4, "phone", "okay what I'm going to do now is transfer you to billing", False),
    (4, "phone", "so where abouts is the leak coming from", True),
    (4, "phone", "and can you hear me alright now", False),
    (4, "phone", "so tell me a bit about what's been happening with the bills", True),
    (4, "phone", "you know what, let me just check that for you", False),
    (4, "phone", "how's everything else going with the account", True),
    (4, "email", "Could you describe the condition the item arrived in?", True),
    (4, "email", "Please let us know if you have any other questions.", False),
    (4, "email", "We would welcome your thoughts on how we could have handled this better.", True),
    (4, "email", "We have no record of what was discussed on the call.", False),
    (4, "email", "Please tell us what you would like us to do next.", True),
    (4, "email", "Would you be available for a call on Thursday morning?", False),
    (4, "tweet", "@nat_k Oh dear! What happened with the delivery?", True),
    (4, "tweet", "@joe_s we've passed this on. anything else we can help with? ^DM", False),
    (4, "tweet", "@bella_r How was the rest of your trip? Hope it got better!", True),
    (4, "tweet", "@fred_t Can you follow us so we can DM you? ^HK", False),
    (4, "tweet", "@lin_c hi Lin! which store did you visit? ^AP", True),
    (4, "tweet", "@kate what a lovely thing to say, thank you! ^CJ", False),
    (
        5,
        "counselling",
        "Okay. So it sounds like the mornings are the hardest, especially "
        "before work. What tends to happen in those first couple of hours?",
        True,
    ),
    (
        5,
        "counselling",
        "Okay. So it sounds like the mornings are the hardest, especially "
        "before work, and that's when the cravings really kick in.",
        False,
    ),
    (
        5,
        "counselling",
        "Right, and you mentioned your brother quit last year. What was that like to watch?",
        True,
    ),
    (
        5,
        "counselling",
        "Right, and you mentioned your brother quit last year. Did that make "
        "you think about it at all?",
        False,
    ),
    (
        5,
        "counselling",
        "Mm-hmm. Um, so, uh, when you think about the next six months, where does exercise fit in?",
        True,
    ),
    (5, "counselling", "So you've already cut out the fizzy drinks. That's a big step.", False),
    (5, "counselling", "You sound pretty determined. I'm curious where that's coming from.", True),
    (5, "counselling", "You sound pretty determined, and I wonder if that's new for you.", False),
    (
        5,
        "counselling",
        "So, um, on the days you do manage a walk, how do you feel afterwards?",
        True,
    ),
    (5, "counselling", "And were you on your own or with friends when it happened?", False),
    (5, "counselling", "What worries you most about what the doctor said?", True),
    (5, "counselling", "It's really up to you what you do with this information.", False),
    (
        5,
        "counselling",
        "Okay, that's helpful. What are some of the things you'd be giving up if you stopped?",
        True,
    ),
    (
        5,
        "counselling",
        "Okay, that's helpful. And you'd be giving up quite a lot if you stopped.",
        False,
    ),
    (5, "counselling", "And the weekends, what happens then?", True),
    (5, "counselling", "Can I check, is it still the same dose as last time?", False),
    (
        5,
        "counselling",
        "Thinking about your kids, how do you hope they'll remember this time?",
        True,
    ),
    (5, "counselling", "So how many times a week is that, three? Four?", False),
    (5, "call", "what kind of car do you have now", True),
    (5, "call", "do you like it", False),
    (5, "call", "uh, how long have you had it", True),
    (5, "call", "that's not bad, is it", False),
    (5, "call", "and why did you go with a Honda", True),
    (5, "call", "yeah, well, that's the thing, you know", False),
    (5, "call", "what's the weather been like up there", True),
    (5, "call", "did you get any of that snow", False),
    (5, "call", "how would you change the system if you could", True),
    (5, "call", "I don't know how they do it", False),
    (5, "call", "where do you get your news mostly", True),
    (5, "call", "you mean the local paper or the national ones", False),
    (
        5,
        "chat",
        "Thanks for bearing with me! What happens when you try to add the item to your basket?",
        True,
    ),
    (5, "chat", "Thanks for bearing with me! Does the item go into your basket at all?", False),
    (5, "chat", "sorry, which bit of the form is giving you trouble?", True),
    (5, "chat", "what's the serial number on the back of the device?", False),
    (5, "chat", "Got it. How would you like us to handle the return?", True),
    (5, "chat", "Would you like us to handle the return for you?", False),
    (5, "chat", "how did the engineer's visit go yesterday?", True),
    (5, "chat", "I'll check what the engineer noted and get back to you.", False),
    (5, "chat", 'Can you explain a bit more about what you mean by "the wrong plan"?', True),
    (5, "chat", "Is it the monthly or the annual plan you're on?", False),
    (5, "phone", "right, so what's the main thing you want sorted today", True),
    (5, "phone", "so that's a yes to the upgrade then", False),
    (5, "phone", "and how long ago did you notice the damp", True),
    (5, "phone", "okay and is that the account ending 0917", False),
    (5, "phone", "go on, what happened then", True),
    (5, "phone", "mm, I see what you mean", False),
    (5, "phone", "what was it about the last call that didn't help", True),
    (5, "phone", "so you're happy for me to go ahead and cancel it", False),
    (5, "email", "Could you tell us a little about how you found the new booking system?", True),
    (5, "email", "Could you tell us your booking reference so we can look into this?", False),
    (5, "email", "What would make the biggest difference to you at this point?", True),
    (5, "email", "We would like to confirm whether the issue is now resolved.", False),
    (
        5,
        "email",
        "If it's not too much trouble, could you share what the courier said at the door?",
        True,
    ),
    (5, "email", "We understand how frustrating this has been.", False),
    (5, "tweet", "@rach_m That's not good! Where were you trying to check in from? ^SW", True),
    (5, "tweet", "@ian_p Have you tried turning it off and on again? ^GF", False),
    (5, "tweet", "@dom how are you finding the new seats? we'd love to know ^LT", True),
    (5, "tweet", "@nina_b we're sorry to hear that. Can you DM your postcode? ^RS", False),
    (5, "tweet", "@ellie_t what did the gate agent say? we'll look into this ^JM", True),
    (5, "tweet", "@mark__ That's what we like to hear! Enjoy the trip ^PB", False),
]

TRANSCRIPT_STYLES = {"counselling", "call"}
SERVICE_STYLES = {"chat", "phone", "email", "tweet"}


def _block(number: int) -> list[Question]:
    return [(where, text, expected) for block, where, text, expected in ROWS if block == number]


def test_each_block_is_sizeable_and_half_transcripts_half_service_talk() -> None:
    for number in range(1, 6):
        block = _block(number)
        transcripts = sum(where in TRANSCRIPT_STYLES for where, _, _ in block)
        assert len(block) >= 60
        assert {where for where, _, _ in block} == TRANSCRIPT_STYLES | SERVICE_STYLES
        assert abs(2 * transcripts - len(block)) <= 4
        assert 0.4 <= sum(expected for _, _, expected in block) / len(block) <= 0.6


@pytest.mark.parametrize(
    ("number", "floor"),
    [(1, 0.97), (2, 0.97), (3, 0.97), (4, 0.93), (5, 0.97)],
    ids=["first", "second", "third", "fourth", "fifth"],
)
def test_each_block_holds_its_floor(number: int, floor: float) -> None:
    scores = open_question_scores(_block(number))
    assert scores.f1 >= floor, scores.summary()


@pytest.mark.parametrize("styles", [TRANSCRIPT_STYLES, SERVICE_STYLES], ids=["talk", "service"])
def test_transcripts_and_service_talk_each_hold_their_floor(styles: set[str]) -> None:
    rows = [(where, text, expected) for _, where, text, expected in ROWS if where in styles]
    scores = open_question_scores(rows)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.97, scores.summary()
