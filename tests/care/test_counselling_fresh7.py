"""A seventh-round check for `asks_open_question` and `paraphrases` together, on helper
turns in counselling and emotional-support talk, each read with the turn it answers.

Settings: "mi" is written like motivational-interviewing sessions, "support" like
emotional-support chats (a supporter with someone stressed, grieving, left or laid off),
"forum" like replies on a peer-support forum, "service" like an agent with an upset
customer. Every row was written for this test in our own words, not taken from any
labelled corpus, and each block was labelled for both behaviours before the engine read
it; each block was written after the previous block's misses were mended.

Labels follow the project's notion (see the fresh3 and fresh5 checks): an open question
is a wh-question or an invitation to tell, with or without a "?", wherever it stands in
the turn ("I'm wondering what gets in the way…", "How come…", "Would you feel comfortable
telling me a bit more about…"); a yes/no question, a choice offered, a reflection said
with a "?" and a request for an identifier ("What email address did you write from?")
are closed. A paraphrase says back the other's situation, feeling or meaning (simple,
complex or two-sided reflections, summaries, fragments that sum them up); an affirmation
("Three weeks is quite an achievement"), a reassurance ("You're definitely not alone",
"It's okay not to be ready yet"), a verdict on an activity in general ("Caring for
someone with dementia is one of the hardest things there is"), the helper's own story,
advice and a question asking for something new are not.

First reads (open question F1 / paraphrase F1), against the engine as it stood and
against the session's starting rules (commit a933c47) on the same block:

- block 1 (60 rows): open 0.966 / paraphrases 0.852, the starting rules themselves
  (misses: "Would you feel comfortable telling me…", an e-mail address asked for with
  "did you write from"; a frame inside a yes/no question, "Is that something you'd like to
  change?", read as a reflection; "You're definitely not alone."; a gerund's verdict; "it's
  okay not to…"; a reflection of meaning whose second clause holds "is part of"; a short
  summary before a comma, "Three damaged deliveries in a row, I…"); then 0.983 / 0.962.
  Left: "What email address did you write from?" stays open, as `test_attentive.py` holds
  "Which delivery address did you use for this order?" open (the same shape).
- block 2 (60 rows): open 0.978 / paraphrases 0.897 (starting rules 0.978 / 0.881; misses:
  "Can you think of a recent time when…"; "When's the wedding?" read as an echo, "A slip
  doesn't erase the year you had." as a restatement); then 1.000 / 0.929. Left: summaries
  sharing no word with the turn ("Convenience wins at the end of a long day." after "it's
  easier to eat crisps than cook"), and "Wow, six months." before a question, labelled
  here as not a reflection though the engine, like the Switchboard labels, reads a short
  repeat as one.
- block 3 (60 rows): open 0.977 / paraphrases 0.820 (starting rules 0.955 / 0.800; misses:
  "What room number are you in?" read as open; "The rest sound more like habit than
  pleasure.", "I'm sorry, two wrong sizes in a row." missed; "That took so much
  courage." after "they took it badly" (a light verb shared), "Sorry for the wait.", "You
  did what you could." and "…should reach you by 9pm" read as reflections); then 1.000 /
  0.933. Left: summaries sharing no word ("Starting somewhere new without a single
  familiar face is daunting."), "evenings" stemmed to "even" so "Boredom in the evenings
  is…" shares nothing with "…bored in the evenings", and "90 days is still 90 days."
- block 4 (60 rows): open 0.979 / paraphrases 0.824 (starting
  rules 0.979 / 0.800; misses: "Let me know how it goes." read as an invitation; "Tell me
  about the cycling." read as an echo; a value named ("…matters a great deal to you"), "It
  sounds exhausting to keep up…", "…must really sting" missed); then 1.000 / 0.906, and
  0.926 once a complaint that ends with a question in a statement's order ("I've been
  charged…, and now you want me to wait another week?") was no longer read as a question
  the reply answers (mended after this block's first read, so not measured blind). Left:
  a "your…" clause in the passive ("Your social life is built around the pub"), and a
  sentence sharing only "account" (a reference word, as in "Your account has been
  unlocked").
- block 5 (40 rows, written to measure the end of the round blind): open 1.000 /
  paraphrases 0.923 (starting rules 0.970 / 0.895; misses: "Congrats!!! What's the role?"
  read as a completion, "…is infuriating, I get it." kept as the agent's own for its
  closing "I"); then 1.000 / 0.974. Left: "Being left out like that over and over really
  hurts." after "my friends keep making plans without me" (no word shared).

The floors sit a little under what the rules now score.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

from .fresh_check import FreshScores, fresh_scores

# (block, setting, the other's previous turn, the helper's turn, open question?, paraphrase?)
Row = tuple[int, str, str, str, bool, bool]

ROWS: list[Row] = [
    (
        1,
        "mi",
        (
            "I know I should cut back on the wine, but it's the only thing that helps me unwind"
            " after the kids are in bed."
        ),
        (
            "So the wine has become your way of switching off at the end of the day. What else "
            "have you tried that helps you unwind?"
        ),
        True,
        True,
    ),
    (
        1,
        "mi",
        "My doctor keeps going on about my weight and honestly I'm sick of hearing it.",
        "You're tired of being lectured about it.",
        False,
        True,
    ),
    (
        1,
        "mi",
        "I don't really think I have a problem. Everyone at work drinks like this.",
        "How come you decided to come and talk to me today, then?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "I tried quitting last year and lasted about three weeks.",
        (
            "Three weeks is quite an achievement. Tell me about what helped you get through "
            "those weeks."
        ),
        True,
        False,
    ),
    (
        1,
        "mi",
        "I guess I'm worried that if I stop smoking I'll put on weight.",
        "Part of you wants to quit, and part of you is afraid of what it might do to your weight.",
        False,
        True,
    ),
    (
        1,
        "mi",
        "My wife says I'm grumpy all the time since I cut down.",
        "What do you make of what she's saying?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "I've been skipping my insulin sometimes when I'm out with friends.",
        "I'm wondering what gets in the way of taking it when you're out.",
        True,
        False,
    ),
    (
        1,
        "mi",
        "I walk the dog most mornings, so I'm not totally inactive.",
        "You're already doing some exercise most days.",
        False,
        True,
    ),
    (
        1,
        "mi",
        "I don't know if I can do this.",
        "On a scale from one to ten, how confident do you feel right now?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "My son won't talk to me when I've been drinking.",
        "That sounds really painful. Is that something you'd like to change?",
        False,
        False,
    ),
    (
        1,
        "mi",
        "I smoke mainly when I'm stressed at work.",
        "So stress at work is the big trigger for you.",
        False,
        True,
    ),
    (
        1,
        "mi",
        "It's not like I'm an alcoholic or anything.",
        (
            "You don't see yourself as someone with a drinking problem. What would need to "
            "happen for you to start to worry about it?"
        ),
        True,
        True,
    ),
    (
        1,
        "mi",
        "I've cut down to a couple of joints at the weekend.",
        "And how has that been going for you?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "I'm here because the court said I had to be.",
        "So coming here wasn't really your choice.",
        False,
        True,
    ),
    (
        1,
        "mi",
        "I want to be around to see my grandkids grow up.",
        "Your family means a lot to you, and your health is part of being there for them.",
        False,
        True,
    ),
    (
        1,
        "support",
        "I just got laid off yesterday and I have no idea what I'm going to do.",
        "Oh no, that must have been such a shock. How are you holding up today?",
        True,
        False,
    ),
    (
        1,
        "support",
        "My girlfriend broke up with me after four years and I can't stop thinking about her.",
        (
            "Four years is a long time to share your life with someone, so it makes sense she's"
            " on your mind constantly."
        ),
        False,
        True,
    ),
    (
        1,
        "support",
        "I have exams next week and I can't sleep, I'm so stressed.",
        "It sounds like the exams are keeping you awake at night.",
        False,
        True,
    ),
    (
        1,
        "support",
        "I feel like nobody at my new job likes me.",
        "What makes you feel that way?",
        True,
        False,
    ),
    (
        1,
        "support",
        "My boss yelled at me in front of everyone today.",
        (
            "I'm so sorry that happened. Would you feel comfortable telling me a bit more about"
            " what led up to it?"
        ),
        True,
        False,
    ),
    (
        1,
        "support",
        "I've been applying for jobs for months and got nothing back.",
        "Have you had any interviews at all?",
        False,
        False,
    ),
    (
        1,
        "support",
        "I lost my dad in March and everyone expects me to be over it already.",
        (
            "You're still grieving, and it feels like people around you have moved on faster "
            "than you can."
        ),
        False,
        True,
    ),
    (
        1,
        "support",
        "I don't even know why I'm writing this.",
        "I'm really glad you did. What's been on your mind?",
        True,
        False,
    ),
    (
        1,
        "support",
        "My roommate keeps eating my food and I'm too scared to say anything.",
        "So you're stuck between being annoyed and not wanting a confrontation?",
        False,
        True,
    ),
    (
        1,
        "support",
        "I got rejected from my dream university.",
        "I'm sorry. That's really disappointing.",
        False,
        False,
    ),
    (
        1,
        "support",
        "Work has been crazy and I haven't seen my friends in weeks.",
        "What do you usually enjoy doing with them when you do get together?",
        True,
        False,
    ),
    (
        1,
        "support",
        "My parents are getting divorced and I feel like I have to pick a side.",
        (
            "It sounds like you're being pulled in two directions. I'd love to hear how you've "
            "been coping with all of that."
        ),
        True,
        True,
    ),
    (
        1,
        "support",
        "I keep thinking I'll never find another job at my age.",
        "Have you thought about talking to a career adviser?",
        False,
        False,
    ),
    (
        1,
        "forum",
        "Anyone else feel like they're failing at being a new mum? I cry every day.",
        "You're definitely not alone. What kind of support do you have at home right now?",
        True,
        False,
    ),
    (
        1,
        "forum",
        "Three months sober today but I'm really struggling with cravings this week.",
        (
            "Congrats on three months! Cravings hitting hard this week sounds rough. What's "
            "helped you get through them so far?"
        ),
        True,
        True,
    ),
    (
        1,
        "forum",
        "My anxiety gets so bad I can't make phone calls, even to order food.",
        "Same here, I use apps for everything now lol.",
        False,
        False,
    ),
    (
        1,
        "forum",
        "I think my partner might be cheating but I have no proof.",
        "So you've got a gut feeling something's off but nothing concrete to go on yet.",
        False,
        True,
    ),
    (
        1,
        "forum",
        "I'm 34 and still living with my parents and I feel like such a loser.",
        "Honestly, what would you say to a friend who told you the same thing?",
        True,
        False,
    ),
    (
        1,
        "forum",
        "Does it ever get easier after losing a pet?",
        "It does, slowly. When did you lose yours?",
        True,
        False,
    ),
    (
        1,
        "forum",
        "My therapist wants me to try medication but I'm scared it'll change who I am.",
        "You're worried the meds might take away part of yourself.",
        False,
        True,
    ),
    (
        1,
        "forum",
        "Burnt out from caring for my mum with dementia, I feel guilty even saying it.",
        "Caring for someone with dementia is one of the hardest things there is.",
        False,
        False,
    ),
    (
        1,
        "forum",
        "Just got diagnosed with ADHD at 29. Feeling a mix of relief and anger.",
        "Relief that it finally has a name, and anger that it took this long?",
        False,
        True,
    ),
    (
        1,
        "forum",
        "I can't stop comparing myself to people on Instagram.",
        "Which accounts do you find make you feel worst?",
        True,
        False,
    ),
    (
        1,
        "service",
        "This is the third time my order has arrived damaged. I'm done with you people.",
        "Three damaged deliveries in a row, I completely understand why you're fed up.",
        False,
        True,
    ),
    (
        1,
        "service",
        "Your app charged me twice and nobody is answering my emails!",
        "I'm sorry about that. What email address did you write from?",
        False,
        False,
    ),
    (
        1,
        "service",
        "I've been on hold for an hour just to get told nothing.",
        (
            "An hour on hold with no answer at the end of it, that's not acceptable. Tell me "
            "what you were calling about and I'll sort it now."
        ),
        True,
        True,
    ),
    (
        1,
        "service",
        "The technician never showed up and I took the day off work for it.",
        "So you lost a day's pay waiting for someone who didn't come.",
        False,
        True,
    ),
    (
        1,
        "service",
        "I want to cancel. This broadband has been useless since day one.",
        (
            "I'm sorry to hear that. Before I process the cancellation, can you tell me what's "
            "been happening with the connection?"
        ),
        True,
        False,
    ),
    (
        1,
        "service",
        "Why does it take ten days to refund me when you took the money in seconds?",
        "Refunds go back through the card network, which usually takes five to ten working days.",
        False,
        False,
    ),
    (
        1,
        "service",
        "My flight was cancelled and now I'm stuck at the airport with two kids.",
        "How old are the children?",
        True,
        False,
    ),
    (
        1,
        "service",
        "The jacket I bought shrank after one wash even though I followed the label.",
        "You followed the care instructions and it still shrank.",
        False,
        True,
    ),
    (
        1,
        "service",
        "I was promised a callback yesterday and nobody rang.",
        "Can I take your account number?",
        False,
        False,
    ),
    (
        1,
        "service",
        "Your driver left my parcel in the rain and everything inside is soaked.",
        "What was in the parcel?",
        True,
        False,
    ),
    (
        1,
        "service",
        "Honestly I'm so frustrated, I've explained this to four different people.",
        (
            "Having to explain it over and over again is exhausting. I'll stay with this one "
            "until it's fixed. Could you walk me through it once more from the start?"
        ),
        True,
        True,
    ),
    (
        1,
        "service",
        "I was charged a late fee but I paid on time.",
        "Did you pay by bank transfer or by card?",
        False,
        False,
    ),
    (
        1,
        "mi",
        "I suppose I drink more than I'd like to admit.",
        "Mm. What does 'more than you'd like' look like on a typical week?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "I'm not sure I'm ready to set a quit date.",
        "It's okay not to be ready yet. What would being ready look like for you?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "Everyone keeps telling me what to do and I'm sick of it.",
        "You want to make this decision on your own terms.",
        False,
        True,
    ),
    (
        1,
        "mi",
        "I've stopped going to the gym because my knee hurts.",
        "How long has the knee been bothering you?",
        True,
        False,
    ),
    (
        1,
        "mi",
        "I really want to get my driving licence back.",
        "Getting your licence back is important to you. Tell me more about why it matters so much.",
        True,
        True,
    ),
    (
        1,
        "mi",
        "I keep arguing with my teenage son about his phone.",
        "Right.",
        False,
        False,
    ),
    (
        1,
        "mi",
        "Honestly? I'm scared. The doctor said my liver numbers were bad.",
        "You're frightened by what the doctor told you about your liver.",
        False,
        True,
    ),
    (
        1,
        "support",
        "I've been feeling really lonely since I moved to a new city.",
        "Moving somewhere new can be so isolating. Have you had a chance to meet anyone yet?",
        False,
        False,
    ),
    (
        1,
        "support",
        "My manager gave my promotion to someone who's been there six months.",
        "Ouch. So someone much newer got the role you'd been working towards?",
        False,
        True,
    ),
    (
        1,
        "support",
        "I don't really want to talk about my childhood.",
        "That's fine, we don't have to. What would feel more useful to talk about today?",
        True,
        False,
    ),
    (
        2,
        "mi",
        "I only really drink at weekends, but then it's a lot.",
        (
            "Mm-hmm. So it's not every day, but when you do drink, it's heavy. What does a "
            "typical Saturday look like?"
        ),
        True,
        True,
    ),
    (
        2,
        "mi",
        "My girlfriend hates the smell of smoke on me.",
        "What else bothers you about smoking, apart from what she thinks?",
        True,
        False,
    ),
    (
        2,
        "mi",
        "I've tried the gym before and I just get bored.",
        "The gym didn't hold your interest.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "I know the pills are important, I just forget them.",
        "You'd like to take them, it just slips your mind. I wonder what might help you remember.",
        True,
        True,
    ),
    (
        2,
        "mi",
        "If I stop vaping I'll be climbing the walls at work.",
        "You're worried the cravings will hit hardest during the working day?",
        False,
        True,
    ),
    (
        2,
        "mi",
        "I've got three kids, a full-time job and now the doctor wants me to exercise.",
        "So many demands on your time already, and this feels like one more.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "I've been clean for six months now.",
        "Wow, six months. How did you manage that?",
        True,
        False,
    ),
    (
        2,
        "mi",
        "I don't see why I should stop, my grandad smoked till he was ninety.",
        "How come your grandad's story matters so much to you here?",
        True,
        False,
    ),
    (
        2,
        "mi",
        "I'd like to lose a bit of weight before the wedding.",
        "When's the wedding?",
        True,
        False,
    ),
    (
        2,
        "mi",
        "My mum was an alcoholic and I don't want to end up like her.",
        "Did you grow up with her drinking at home?",
        False,
        False,
    ),
    (
        2,
        "mi",
        "Sometimes I think I should just quit the job altogether.",
        "Would you like some information about the options the service offers?",
        False,
        False,
    ),
    (
        2,
        "mi",
        "It's just easier to eat crisps in front of the telly than cook.",
        (
            "Convenience wins at the end of a long day. I'm curious how you'd feel about trying"
            " a couple of quick recipes."
        ),
        True,
        True,
    ),
    (
        2,
        "mi",
        "I want to quit, but everyone in my house smokes.",
        "It's hard to stop when it's all around you at home.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "I suppose I could cut down to one bottle a night.",
        "One bottle instead of two. Let's talk about how that might work in practice.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "The last time I tried to quit I was a nightmare to live with.",
        "Okay.",
        False,
        False,
    ),
    (
        2,
        "support",
        "I failed my driving test for the third time today.",
        "Oh no, the third time. That must be so frustrating. What happened on the test?",
        True,
        True,
    ),
    (
        2,
        "support",
        "My best friend moved abroad and I feel so lost without her.",
        "I had a friend move away a few years ago and it took me ages to adjust.",
        False,
        False,
    ),
    (
        2,
        "support",
        "I have no one to talk to about my anxiety.",
        "It sounds like you've been carrying this on your own.",
        False,
        True,
    ),
    (
        2,
        "support",
        "My dog died last night and I can't stop crying.",
        "I'm so sorry for your loss. Pets are family.",
        False,
        False,
    ),
    (
        2,
        "support",
        "My partner says I'm too clingy and I don't know how to change.",
        "What do you think they mean by clingy?",
        True,
        False,
    ),
    (
        2,
        "support",
        "I keep getting turned down for jobs because of my gap year.",
        "You feel the gap on your CV is holding you back.",
        False,
        True,
    ),
    (
        2,
        "support",
        "I'm really stressed about money, rent is due and I've got nothing.",
        "Have you been able to speak to your landlord about it?",
        False,
        False,
    ),
    (
        2,
        "support",
        "My sister and I haven't spoken in two years and now our mum is ill.",
        "Your mum's illness has brought the rift with your sister back to the front of your mind.",
        False,
        True,
    ),
    (
        2,
        "support",
        "I just feel numb all the time since the breakup.",
        "Numb, like you can't feel much of anything?",
        False,
        True,
    ),
    (
        2,
        "support",
        "I got passed over for the team lead job again.",
        "That's really hard. How are you feeling about staying at the company?",
        True,
        False,
    ),
    (
        2,
        "support",
        "I moved back in with my parents after losing my job and I feel like a failure.",
        (
            "Losing your job and moving home at the same time is a lot to deal with, and you're"
            " being hard on yourself."
        ),
        False,
        True,
    ),
    (
        2,
        "support",
        "Exams start tomorrow and I haven't revised enough.",
        "Try to get a good night's sleep tonight, it'll help more than cramming.",
        False,
        False,
    ),
    (
        2,
        "support",
        "I feel like I'm always the one making the effort with my friends.",
        "Can you think of a recent time when that happened?",
        True,
        False,
    ),
    (
        2,
        "support",
        "I think I'm going to break up with him but I'm scared of being alone.",
        "So part of you is ready to end it, and part of you is frightened of what comes after.",
        False,
        True,
    ),
    (
        2,
        "support",
        "I'm a carer for my husband and I never get a break.",
        "What would a proper break look like for you, if you could have one?",
        True,
        False,
    ),
    (
        2,
        "forum",
        "does anyone else get panic attacks on the train? i had one today and had to get off",
        (
            "ugh that sounds awful, having to get off mid-journey. what helps you calm down "
            "when it happens?"
        ),
        True,
        True,
    ),
    (
        2,
        "forum",
        "I've been self-harming again after a year clean and I feel like I threw it all away.",
        "A slip doesn't erase the year you had.",
        False,
        False,
    ),
    (
        2,
        "forum",
        "My manager keeps messaging me on weekends and I don't feel I can ignore it.",
        "so you feel like you're never really off the clock?",
        False,
        True,
    ),
    (
        2,
        "forum",
        "Is it normal to still miss my ex after a year?",
        "totally normal imo. how long were you together?",
        True,
        False,
    ),
    (
        2,
        "forum",
        "I've started running to help my mood and it's actually working.",
        "That's brilliant! What distance are you up to now?",
        True,
        False,
    ),
    (
        2,
        "forum",
        "I hate how my body looks after having the baby.",
        "Your body has changed a lot and it's hard to feel at home in it right now.",
        False,
        True,
    ),
    (
        2,
        "forum",
        "My teenage son barely speaks to me anymore.",
        "Mine was the same at fifteen, he grew out of it.",
        False,
        False,
    ),
    (
        2,
        "forum",
        "I've got a job interview tomorrow and I'm terrified.",
        "Good luck!! You've got this.",
        False,
        False,
    ),
    (
        2,
        "forum",
        "I'm 28 and have never been in a relationship, is something wrong with me?",
        "Nothing wrong with you at all. What makes you think there might be?",
        True,
        False,
    ),
    (
        2,
        "forum",
        "After the redundancy I stopped leaving the house much.",
        "Losing the job took away the routine that got you out the door.",
        False,
        True,
    ),
    (
        2,
        "service",
        "I've been trying to log in for two days and keep getting locked out.",
        (
            "Two days locked out of your own account is really frustrating. What message do you"
            " see when it locks you out?"
        ),
        True,
        True,
    ),
    (
        2,
        "service",
        "I ordered a birthday present and it arrived a week late, the birthday's been and gone.",
        "So the gift missed the birthday it was meant for.",
        False,
        True,
    ),
    (
        2,
        "service",
        "Your engineer said he'd come between 8 and 12 and it's now 3pm.",
        "I'm really sorry. Can I check the postcode of the property?",
        False,
        False,
    ),
    (
        2,
        "service",
        "I've been overcharged every month since I switched plans.",
        "Could you explain what you were expecting to pay after the switch?",
        True,
        False,
    ),
    (
        2,
        "service",
        "The hotel room was filthy and reception didn't care.",
        "A dirty room and staff who brushed you off, that's not the stay you paid for.",
        False,
        True,
    ),
    (
        2,
        "service",
        "My bank card was blocked while I was abroad and I had no money for two days.",
        "Were you able to get cash any other way while you were away?",
        False,
        False,
    ),
    (
        2,
        "service",
        "Your chatbot keeps sending me round in circles.",
        "Our chatbot handles most simple questions, but I can help you directly here.",
        False,
        False,
    ),
    (
        2,
        "service",
        "I've had three different answers from three different agents.",
        (
            "I can see why that would leave you not knowing who to believe. Which answer did "
            "you get most recently?"
        ),
        True,
        True,
    ),
    (
        2,
        "service",
        "Your delivery driver was really rude to my elderly mother.",
        "I'm so sorry. What happened when he arrived?",
        True,
        False,
    ),
    (
        2,
        "service",
        "I want a refund, the course was nothing like what was advertised.",
        "The course didn't match what you were promised when you signed up.",
        False,
        True,
    ),
    (
        2,
        "service",
        "The new app update deleted all my saved recipes.",
        "Which version of the app are you on?",
        True,
        False,
    ),
    (
        2,
        "service",
        "I keep getting charged for a subscription I cancelled in March.",
        "You cancelled back in March and the payments haven't stopped.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "I've been walking to work instead of taking the bus.",
        "That's a great change. How are you finding it?",
        True,
        False,
    ),
    (
        2,
        "mi",
        "I really don't want to go on insulin.",
        "Insulin is something you'd really like to avoid.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "Honestly the only time I relax is when I'm having a smoke.",
        "Smoking is your one way to switch off, and giving it up would mean losing that.",
        False,
        True,
    ),
    (
        2,
        "mi",
        "I guess I should talk to my wife about the drinking.",
        "Is that a conversation you feel ready to have?",
        False,
        False,
    ),
    (
        2,
        "support",
        "I think my friends are sick of hearing about my breakup.",
        "You're worried you've become a burden to them. What makes you think they're tired of it?",
        True,
        True,
    ),
    (
        2,
        "support",
        "I start a new job on Monday and I'm so nervous.",
        "New jobs are always nerve-wracking.",
        False,
        False,
    ),
    (
        2,
        "forum",
        "I can't afford therapy and the waiting list is 18 months.",
        "have you looked into any free peer support groups near you?",
        False,
        False,
    ),
    (
        2,
        "service",
        "I've spent an hour on hold twice this week.",
        "Two hours of your week spent on hold.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I smoke about twenty a day but I only really enjoy the first one.",
        (
            "What is it about that first one that you enjoy? The rest sound more like habit "
            "than pleasure."
        ),
        True,
        True,
    ),
    (
        3,
        "mi",
        "My partner nags me about the beer every night.",
        "I get the sense the nagging makes you want to dig your heels in.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I'd love to run a 5k by the summer but I can't even jog to the bus stop.",
        "There's a big gap between where you are and where you want to be.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "My blood sugar was really high at my last check-up.",
        "What did the nurse say about the result?",
        True,
        False,
    ),
    (
        3,
        "mi",
        "I've cut my drinking down a bit but it's hard.",
        "You've already made a start, even though it's been a struggle.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I don't think I eat that badly, honestly.",
        "Okay. Could we look at a typical day together, from breakfast onwards?",
        False,
        False,
    ),
    (
        3,
        "mi",
        "The cannabis helps me sleep, without it I'm up till four.",
        (
            "So for you it's less about getting high and more about getting some rest. How "
            "would you sleep if you stopped?"
        ),
        True,
        True,
    ),
    (
        3,
        "mi",
        "I've been to these groups before and they didn't help.",
        "Groups haven't worked for you in the past.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I'm fed up of feeling tired all the time.",
        "Tell me what a day of feeling tired is like for you.",
        True,
        False,
    ),
    (
        3,
        "mi",
        "My kids keep asking me to stop smoking.",
        "They're worried about you.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I know I need to take the tablets every day.",
        "Great. Do you have a pill box at home?",
        False,
        False,
    ),
    (
        3,
        "mi",
        "I gamble mostly when I'm bored in the evenings.",
        "Boredom in the evenings is when the urge is strongest. What else could fill that time?",
        True,
        True,
    ),
    (
        3,
        "mi",
        "I'm not drinking any more than my mates do.",
        "Compared with your friends, your drinking seems normal.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I just want my life back.",
        "What would having your life back look like?",
        True,
        False,
    ),
    (
        3,
        "mi",
        "I tried the nicotine gum but it tasted awful.",
        "Some people find the lozenges easier to take than the gum.",
        False,
        False,
    ),
    (
        3,
        "support",
        "I'm so anxious about my first day at uni, I don't know anyone.",
        (
            "Starting somewhere new without a single familiar face is daunting. What are you "
            "most nervous about?"
        ),
        True,
        True,
    ),
    (
        3,
        "support",
        "I've been crying every night since my mum went into the care home.",
        "It sounds like you're grieving the way things used to be with her.",
        False,
        True,
    ),
    (
        3,
        "support",
        "My landlord is selling the flat and I have to move out in a month.",
        "Do you have anywhere lined up yet?",
        False,
        False,
    ),
    (
        3,
        "support",
        "I feel like I'm letting my team down because I'm off sick.",
        "You care a lot about not leaving your colleagues short.",
        False,
        True,
    ),
    (
        3,
        "support",
        "My boyfriend cheated on me with my best friend.",
        "Oh my god, both of them at once. How did you find out?",
        True,
        True,
    ),
    (
        3,
        "support",
        "I don't know if I'm depressed or just lazy.",
        "What makes you wonder if it might be depression?",
        True,
        False,
    ),
    (
        3,
        "support",
        "Everyone at school is going to the party and I wasn't invited.",
        "I remember feeling left out like that at school, it really stings.",
        False,
        False,
    ),
    (
        3,
        "support",
        "I have so much on at work I can't even take a lunch break.",
        "You're stretched so thin that even a break feels out of reach.",
        False,
        True,
    ),
    (
        3,
        "support",
        "My dad's drinking is getting worse and I'm scared for him.",
        "That's a lot to carry. Have you been able to talk to anyone else in the family?",
        False,
        False,
    ),
    (
        3,
        "support",
        "I lost my job and my confidence with it.",
        "Losing the job has shaken how you see yourself.",
        False,
        True,
    ),
    (
        3,
        "support",
        "I keep replaying the argument with my brother in my head.",
        "What keeps pulling you back to it?",
        True,
        False,
    ),
    (
        3,
        "support",
        "I feel guilty for putting my dad in a home.",
        "You did what you could. Guilt is really common for carers.",
        False,
        False,
    ),
    (
        3,
        "support",
        "My exams went badly and I think I've failed the year.",
        "You're afraid all your work this year might not be enough.",
        False,
        True,
    ),
    (
        3,
        "support",
        "Thank you, it helps just to write it down.",
        "I'm really glad it helped. Is there anything else on your mind tonight?",
        False,
        False,
    ),
    (
        3,
        "support",
        "I'm worried my partner will leave if I tell him about my debts.",
        "Tell me more about what you think might happen if you told him.",
        True,
        False,
    ),
    (
        3,
        "forum",
        "after my divorce i can't even cook for one, i just eat toast",
        "cooking for one after years of cooking for a family is such a weird adjustment",
        False,
        True,
    ),
    (
        3,
        "forum",
        "My psychiatrist upped my dose and now I feel like a zombie.",
        "did you tell them about the side effects? they can usually adjust it",
        False,
        False,
    ),
    (
        3,
        "forum",
        "I've been grieving my grandma for a year and it still hits me out of nowhere.",
        "A year on and it still catches you off guard.",
        False,
        True,
    ),
    (
        3,
        "forum",
        "how do i tell my parents i'm dropping out of college",
        "what's making you want to leave?",
        True,
        False,
    ),
    (
        3,
        "forum",
        "My OCD is making it impossible to leave the house on time.",
        "The rituals are eating into your mornings so much that you can't get out the door.",
        False,
        True,
    ),
    (
        3,
        "forum",
        "I relapsed after 90 days.",
        "90 days is still 90 days. what do you think set it off this time?",
        True,
        False,
    ),
    (
        3,
        "forum",
        "My flatmates never clean up and I end up doing everything.",
        "you're doing all the cleaning for people who don't pull their weight",
        False,
        True,
    ),
    (
        3,
        "forum",
        "I'm dreading Christmas with my family this year.",
        "same, my in-laws are a nightmare",
        False,
        False,
    ),
    (
        3,
        "service",
        "I've called four times about my broken boiler and nobody has come.",
        (
            "Four calls and still no one at your door, with no heating. Can you tell me when "
            "the boiler stopped working?"
        ),
        True,
        True,
    ),
    (
        3,
        "service",
        "You sent the wrong size again, this is the second time.",
        "I'm sorry, two wrong sizes in a row. Would you like an exchange or a refund?",
        False,
        True,
    ),
    (
        3,
        "service",
        "Your website took my money but I never got a confirmation email.",
        "The payment went through but no confirmation reached you.",
        False,
        True,
    ),
    (
        3,
        "service",
        "I'm really disappointed with the repair, the screen is still flickering.",
        "What does the flickering look like, is it constant or on and off?",
        False,
        False,
    ),
    (
        3,
        "service",
        "My train was cancelled and I missed my connecting flight.",
        "How much did the new flight cost you?",
        True,
        False,
    ),
    (
        3,
        "service",
        "I was told my parcel would come today and it hasn't.",
        "It's showing as out for delivery and should reach you by 9pm.",
        False,
        False,
    ),
    (
        3,
        "service",
        "Your staff treated me like a criminal at the till.",
        (
            "You felt accused and embarrassed in front of other shoppers. I'd like to "
            "understand what happened at the till."
        ),
        True,
        True,
    ),
    (
        3,
        "service",
        "I've been a loyal customer for ten years and this is how you treat me.",
        "After ten years with us you expected better, and you deserved it.",
        False,
        True,
    ),
    (
        3,
        "service",
        "I want to complain about the noise from the room next door all night.",
        "What room number are you in?",
        False,
        False,
    ),
    (
        3,
        "service",
        "The gym took two payments this month.",
        "So you've been charged twice for the same month?",
        False,
        True,
    ),
    (
        3,
        "service",
        "I've been waiting 40 minutes for my food and it's still not here.",
        "Sorry for the wait. What name is the order under?",
        False,
        False,
    ),
    (
        3,
        "service",
        "My phone contract has gone up again without any warning.",
        "What were you told when you first signed the contract?",
        True,
        False,
    ),
    (
        3,
        "mi",
        "I've been thinking of going back to the meetings.",
        "What's drawing you back to them now?",
        True,
        False,
    ),
    (
        3,
        "mi",
        "I'm tired of the hangovers, they're wrecking my weekends.",
        "The hangovers are costing you the weekends you'd rather enjoy.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I feel better when I've been for a walk.",
        "Walking lifts your mood.",
        False,
        True,
    ),
    (
        3,
        "mi",
        "I've got no idea how to start eating healthily.",
        "Would it help if I shared a few ideas other people have found useful?",
        False,
        False,
    ),
    (
        3,
        "support",
        "I moved countries for my husband and I feel so isolated.",
        (
            "You gave up a lot to move, and now you're far from everything familiar. How have "
            "you been spending your days?"
        ),
        True,
        True,
    ),
    (
        3,
        "support",
        "My coworker takes credit for my ideas in meetings.",
        "Does your manager know the ideas were yours?",
        False,
        False,
    ),
    (
        3,
        "forum",
        "anyone else feel worse after therapy sessions before feeling better?",
        "yes!! it's like stirring everything up before it settles. how many sessions have you had?",
        True,
        False,
    ),
    (
        3,
        "forum",
        "I finally told my family I'm gay and they took it badly.",
        "That took so much courage. How are you holding up after their reaction?",
        True,
        False,
    ),
    (
        3,
        "service",
        "Your app logged me out and now it won't accept my password.",
        "You're locked out after the app signed you out on its own.",
        False,
        True,
    ),
    (
        3,
        "service",
        "I'm so angry, the technician scratched my new floor.",
        "A scratch on a brand-new floor, I'd be angry too.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I've been smoking since I was fourteen, it's just part of me now.",
        (
            "After all these years it feels like smoking is part of who you are. I wonder how "
            "you'd see yourself without it."
        ),
        True,
        True,
    ),
    (
        4,
        "mi",
        "My doctor says my blood pressure is too high but I feel fine.",
        "You feel well, so it's hard to take the warning seriously.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I guess I could try cutting out the midweek drinks.",
        "Mm-hmm. And how would that fit with the rest of your week?",
        True,
        False,
    ),
    (
        4,
        "mi",
        "The weight just crept up after I stopped playing football.",
        "I wonder if you'd like to look at some ways to get moving again.",
        False,
        False,
    ),
    (
        4,
        "mi",
        "I don't want to be the dad who's always too tired to play.",
        "Being an active, present dad matters a great deal to you.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I've had a few slips but mostly I've stuck to it.",
        "Mostly on track, with the odd slip along the way.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I'm scared that if I stop drinking I won't have any friends left.",
        "Your social life is built around the pub, and losing it feels like a big risk.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "Work's been hectic so I haven't been to the clinic.",
        "Where does your health sit on your list of priorities right now?",
        True,
        False,
    ),
    (
        4,
        "mi",
        "I used to love cycling before all this.",
        "Tell me about the cycling.",
        True,
        False,
    ),
    (
        4,
        "mi",
        "I reckon I'm drinking about the same as last month.",
        "About the same, then. Have you kept the drink diary going?",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I can't afford to keep buying cigarettes with prices going up.",
        "The cost is starting to really bite.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "My wife thinks I should see someone about my temper.",
        "And what do you think?",
        True,
        False,
    ),
    (
        4,
        "mi",
        "I know what I need to do, I just don't do it.",
        (
            "Knowing and doing feel like two very different things for you. What tends to get "
            "in between?"
        ),
        True,
        True,
    ),
    (
        4,
        "mi",
        "Honestly I'm only here because my probation officer made me.",
        "You'd rather not be here, and I appreciate you coming anyway.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I've started eating breakfast every day like we talked about.",
        "That's a real change. You've kept it up all week?",
        False,
        False,
    ),
    (
        4,
        "support",
        "I've been off work with stress for a month and I dread going back.",
        (
            "A month off and the thought of going back fills you with dread. What worries you "
            "most about returning?"
        ),
        True,
        True,
    ),
    (
        4,
        "support",
        "My girlfriend and I argue every time we talk about moving in together.",
        "Have you two talked about what each of you is worried about?",
        False,
        False,
    ),
    (
        4,
        "support",
        "I think I might have messed up my whole career by quitting.",
        "It sounds like you're second-guessing the decision to leave.",
        False,
        True,
    ),
    (
        4,
        "support",
        "I feel like I'm drowning in assignments.",
        "That's so overwhelming. Which deadline is closest?",
        True,
        False,
    ),
    (
        4,
        "support",
        "My mum keeps comparing me to my older brother.",
        "Being measured against your brother all the time must be exhausting.",
        False,
        True,
    ),
    (
        4,
        "support",
        "I'm scared I'll be alone forever after the divorce.",
        "I was divorced at 40 and met my partner two years later.",
        False,
        False,
    ),
    (
        4,
        "support",
        "My best friend hasn't replied to my messages in weeks.",
        "What do you think might be going on for her?",
        True,
        False,
    ),
    (
        4,
        "support",
        "I can't stop worrying about the redundancy rumours at work.",
        "Not knowing whether your job is safe is eating away at you.",
        False,
        True,
    ),
    (
        4,
        "support",
        "I feel so guilty for snapping at my kids.",
        "You're being really hard on yourself for one bad moment. How are things with them now?",
        True,
        True,
    ),
    (
        4,
        "support",
        "I've got my first therapy session next week.",
        "That's a big step! How are you feeling about it?",
        True,
        False,
    ),
    (
        4,
        "support",
        "My boss keeps giving me more work and I can't say no.",
        "Saying no to him feels impossible, even as the work piles up.",
        False,
        True,
    ),
    (
        4,
        "support",
        "I'm so tired of pretending everything is fine.",
        "It sounds exhausting to keep up a brave face all the time.",
        False,
        True,
    ),
    (
        4,
        "support",
        "I don't think anyone would notice if I disappeared.",
        "I'm really glad you told me. Are you having thoughts of hurting yourself?",
        False,
        False,
    ),
    (
        4,
        "support",
        "My exam results come out tomorrow.",
        "Fingers crossed for you! Let me know how it goes.",
        False,
        False,
    ),
    (
        4,
        "support",
        "I've moved to a new city and I'm finding it hard to make friends.",
        "How have you been trying to meet people so far?",
        True,
        False,
    ),
    (
        4,
        "forum",
        "i keep cancelling plans because of my anxiety and now people have stopped inviting me",
        "so the anxiety made you pull back, and now it feels like everyone's given up on you",
        False,
        True,
    ),
    (
        4,
        "forum",
        "Has anyone tried EMDR for trauma? Did it work?",
        "I did, it took a few months but it really helped me.",
        False,
        False,
    ),
    (
        4,
        "forum",
        "I've been sober 2 years and still think about drinking every day.",
        "2 years of choosing not to drink every single day, even with the thoughts there.",
        False,
        True,
    ),
    (
        4,
        "forum",
        "My toddler won't sleep and I'm running on empty.",
        "sending hugs, that stage is brutal. how many hours are you actually getting?",
        True,
        False,
    ),
    (
        4,
        "forum",
        "Got rejected from another job today.",
        "Ugh, sorry. Was it after an interview or just the application?",
        False,
        False,
    ),
    (
        4,
        "forum",
        "I feel like a burden to my partner because of my chronic pain.",
        "You worry your pain is weighing on the relationship.",
        False,
        True,
    ),
    (
        4,
        "forum",
        "My family doesn't believe my depression is real.",
        "what have they said to you about it?",
        True,
        False,
    ),
    (
        4,
        "forum",
        "I'm 45 and thinking of going back to uni. Am I mad?",
        "Not mad at all. What would you study?",
        True,
        False,
    ),
    (
        4,
        "service",
        (
            "I've been charged for a delivery that never came, and now you want me to wait "
            "another week?"
        ),
        "You paid for a delivery that didn't turn up and you're being asked to wait even longer.",
        False,
        True,
    ),
    (
        4,
        "service",
        "Your engineer left a mess all over my kitchen.",
        "Can you tell me what was left behind?",
        True,
        False,
    ),
    (
        4,
        "service",
        "My account was hacked and you did nothing when I reported it.",
        "Someone got into your account and when you told us, nothing happened. I'm sorry.",
        False,
        True,
    ),
    (
        4,
        "service",
        "The sofa arrived with a huge tear in the fabric.",
        "Can you send us a photo of the tear?",
        False,
        False,
    ),
    (
        4,
        "service",
        "I've rung every day this week and been cut off each time.",
        "Cut off every single day. What time of day have you usually been calling?",
        True,
        True,
    ),
    (
        4,
        "service",
        "I booked a sea view and got a room facing the car park.",
        (
            "I'm sorry about that. Our sea view rooms are allocated on arrival, subject to "
            "availability."
        ),
        False,
        False,
    ),
    (
        4,
        "service",
        "I'm a pensioner and this price rise is really hard for me.",
        "The increase is putting real strain on your budget.",
        False,
        True,
    ),
    (
        4,
        "service",
        "I ordered two weeks ago and the tracking hasn't moved.",
        "What's the tracking number?",
        False,
        False,
    ),
    (
        4,
        "service",
        "I was told my complaint would be answered in 5 days and it's been 3 weeks.",
        (
            "Three weeks instead of five days, I can see why you're frustrated. What would you "
            "like us to do to put this right?"
        ),
        True,
        True,
    ),
    (
        4,
        "service",
        "The app keeps crashing when I try to pay.",
        "What phone are you using?",
        True,
        False,
    ),
    (
        4,
        "service",
        "Your advisor promised me a discount and it's not on my bill.",
        "So the discount you were promised hasn't shown up on the bill?",
        False,
        True,
    ),
    (
        4,
        "service",
        "I'm really upset, the flowers for my mum's funeral were wrong.",
        "I'm so sorry, on such a hard day too. Which flowers arrived instead?",
        True,
        False,
    ),
    (
        4,
        "mi",
        "I get really bored without a cigarette in my hand.",
        "What else could you do with your hands when the boredom kicks in?",
        True,
        False,
    ),
    (
        4,
        "mi",
        "My son's the reason I want to get clean.",
        "He's your biggest motivation.",
        False,
        True,
    ),
    (
        4,
        "mi",
        "I tried cutting out sugar last year and got massive headaches.",
        "Headaches are common in the first week of cutting sugar.",
        False,
        False,
    ),
    (
        4,
        "support",
        "I think I'm going to fail my probation period at work.",
        "What makes you think that?",
        True,
        False,
    ),
    (
        4,
        "support",
        "We lost the baby last month and I can't talk to anyone about it.",
        "You've lost your baby and you've had to carry that grief in silence.",
        False,
        True,
    ),
    (
        4,
        "forum",
        "My ex is already dating someone new and it's only been a month.",
        "oof. seeing them move on that fast must really sting",
        False,
        True,
    ),
    (
        4,
        "forum",
        "How do you cope with the Sunday night dread before work?",
        "honestly I plan something nice for Sunday evening, helps a bit",
        False,
        False,
    ),
    (
        4,
        "service",
        "I'm moving house and your cancellation fee is ridiculous.",
        "When are you moving?",
        True,
        False,
    ),
    (
        4,
        "service",
        "I've been a member for 12 years and I've never been treated this badly.",
        "Twelve years with us and this is the worst you've been treated.",
        False,
        True,
    ),
    (
        4,
        "service",
        "Nobody told me the flight time had changed.",
        "Did you receive an email or a text from us about the change?",
        False,
        False,
    ),
    (
        5,
        "mi",
        "I'm not sure I can give up the takeaways, they're my treat after work.",
        (
            "The takeaways are a reward you look forward to. What else could feel like a treat "
            "at the end of the day?"
        ),
        True,
        True,
    ),
    (
        5,
        "mi",
        "I've been using the inhaler like the nurse showed me.",
        "Good. And how's your breathing been since?",
        True,
        False,
    ),
    (
        5,
        "mi",
        "My brother died of lung cancer and I still smoke.",
        "Losing your brother to it and still smoking sits uneasily with you.",
        False,
        True,
    ),
    (
        5,
        "mi",
        "I can stop any time I want.",
        "So you feel in control of it.",
        False,
        True,
    ),
    (
        5,
        "mi",
        "I want to drink less but I don't want to stop completely.",
        "Would you like to set a limit for the week?",
        False,
        False,
    ),
    (
        5,
        "mi",
        "It's my only vice really.",
        "Just the one habit, and you'd like to keep it.",
        False,
        True,
    ),
    (
        5,
        "mi",
        "I keep telling myself Monday, then Monday comes and goes.",
        "What usually happens on the Monday?",
        True,
        False,
    ),
    (
        5,
        "mi",
        "The patches gave me weird dreams.",
        "Lots of people get vivid dreams on patches; taking them off at night can help.",
        False,
        False,
    ),
    (
        5,
        "mi",
        "I don't want my daughter to see me like this.",
        "How do you think she sees you right now?",
        True,
        False,
    ),
    (
        5,
        "mi",
        "I've managed three days without a drink.",
        "Three whole days. What's been different about these three days?",
        True,
        True,
    ),
    (
        5,
        "support",
        "I got dumped by text after two years.",
        "By text, after two years together. That's a cruel way to end it.",
        False,
        True,
    ),
    (
        5,
        "support",
        "I can't focus on anything since my dog died.",
        "Grief can make it really hard to concentrate.",
        False,
        False,
    ),
    (
        5,
        "support",
        (
            "I'm the only one in my family who went to university and I feel like I don't "
            "belong there."
        ),
        (
            "You're finding your way somewhere none of your family has been, and it feels like "
            "you don't fit in."
        ),
        False,
        True,
    ),
    (
        5,
        "support",
        "I'm worried I'll lose my house if I can't find work soon.",
        "Have you spoken to anyone about help with the mortgage?",
        False,
        False,
    ),
    (
        5,
        "support",
        "I feel like I'm always letting people down.",
        "Who do you feel you've let down recently?",
        True,
        False,
    ),
    (
        5,
        "support",
        "My anxiety has got so bad I haven't left the flat in a week.",
        (
            "A whole week indoors, that sounds really isolating. What happens when you think "
            "about going out?"
        ),
        True,
        True,
    ),
    (
        5,
        "support",
        "I just found out my husband has been hiding debts from me.",
        "I'm so sorry. How much do you know about the debts so far?",
        True,
        False,
    ),
    (
        5,
        "support",
        "Nobody at work takes me seriously because I'm the youngest.",
        "You feel your age gets in the way of people hearing you.",
        False,
        True,
    ),
    (
        5,
        "support",
        "My best friend is moving in with her boyfriend and I feel left behind.",
        "You're happy for her, but part of you feels like you're losing her.",
        False,
        True,
    ),
    (
        5,
        "support",
        "Thanks for listening, I feel a bit better.",
        "Anytime. Take care of yourself tonight.",
        False,
        False,
    ),
    (
        5,
        "forum",
        "i failed my driving test again and everyone else passed first time",
        "everyone around you sailing through while you're stuck on your third try, that's rough",
        False,
        True,
    ),
    (
        5,
        "forum",
        "Does anyone else's depression get worse in winter?",
        "Yes, every year. Have you tried a light box?",
        False,
        False,
    ),
    (
        5,
        "forum",
        "My parents found out I'm in therapy and they're furious.",
        "what are they angry about exactly?",
        True,
        False,
    ),
    (
        5,
        "forum",
        "I've been sleeping 12 hours a day and still feel exhausted.",
        "Twelve hours and you still wake up drained.",
        False,
        True,
    ),
    (
        5,
        "forum",
        "Finally got my first job after 8 months of applying!",
        "Congrats!!! What's the role?",
        True,
        False,
    ),
    (
        5,
        "forum",
        "My friends keep making plans without me.",
        "Being left out like that over and over really hurts.",
        False,
        True,
    ),
    (
        5,
        "service",
        "I've explained my problem three times and nobody has fixed it.",
        (
            "Three explanations and still no fix. Could you tell me what's happening now, and "
            "I'll stay with it till it's sorted?"
        ),
        True,
        True,
    ),
    (
        5,
        "service",
        "The hotel cancelled my booking the night before my holiday.",
        "Which hotel was it?",
        True,
        False,
    ),
    (
        5,
        "service",
        "My meter reading is wrong and I'm being overcharged.",
        "So the bill is based on a reading that doesn't match your meter.",
        False,
        True,
    ),
    (
        5,
        "service",
        "I've been without internet for five days and I work from home.",
        (
            "Five days without a connection while working from home. What does the router show "
            "at the moment?"
        ),
        True,
        True,
    ),
    (
        5,
        "service",
        "Your courier threw my parcel over the gate.",
        "I'm sorry, that shouldn't have happened. Was anything inside damaged?",
        False,
        False,
    ),
    (
        5,
        "service",
        "I was promised a call back and nobody called.",
        "Can you confirm the best number to reach you?",
        False,
        False,
    ),
    (
        5,
        "service",
        "I'm disabled and your staff wouldn't help me with my bags.",
        "You needed help with your bags and staff refused you. I'm so sorry.",
        False,
        True,
    ),
    (
        5,
        "service",
        "The shoes fell apart after two weeks.",
        "Could you describe where they came apart?",
        True,
        False,
    ),
    (
        5,
        "service",
        "I'm fed up, the app logs me out every single time.",
        "Getting logged out every time is infuriating, I get it.",
        False,
        True,
    ),
    (
        5,
        "service",
        "I want to speak to a manager about my complaint.",
        "Of course. What's the complaint reference?",
        False,
        False,
    ),
    (
        5,
        "mi",
        "I've got a lot on my plate with the new baby.",
        "How are you managing, with everything that's going on?",
        True,
        False,
    ),
    (
        5,
        "support",
        "I keep crying at work and I'm embarrassed.",
        "Crying at work and then feeling embarrassed on top of it.",
        False,
        True,
    ),
    (
        5,
        "forum",
        "anyone got tips for panic attacks at night",
        "breathing in for 4 and out for 6 helps me",
        False,
        False,
    ),
    (
        5,
        "service",
        "My order arrived but half the items were missing.",
        "Half your order missing. Which items didn't arrive?",
        True,
        True,
    ),
]

SETTINGS = frozenset(("mi", "support", "forum", "service"))
BLOCKS = sorted({row[0] for row in ROWS})


def _scores(block: int, behaviour: str) -> FreshScores:
    """How `behaviour` reads one block's rows against their labels."""
    column = 4 if behaviour == "asks_open_question" else 5
    return fresh_scores(
        (
            f"[{setting}] {context!r} -> {text!r}",
            row[column],
            bool(detect(text, context, behaviours=[behaviour])),
        )
        for row in ROWS
        if row[0] == block
        for _, setting, context, text, *_ in (row,)
    )


def test_each_block_mixes_the_settings_and_both_labels() -> None:
    for block in BLOCKS:
        rows = [row for row in ROWS if row[0] == block]
        assert len(rows) >= 40
        assert {row[1] for row in rows} == SETTINGS
        for column in (4, 5):
            positives = sum(row[column] for row in rows)
            assert len(rows) // 3 <= positives <= 2 * len(rows) // 3


# Floors (precision, recall, F1) a little under what each block scores with the rules of
# this round (block 1: open 0.97 / 1.00 / 0.98, paraphrases 0.96 / 0.96 / 0.96; block 2:
# open 1.00 / 1.00 / 1.00, paraphrases 0.96 / 0.90 / 0.93; block 3: open 1.00 / 1.00 / 1.00,
# paraphrases 0.97 / 0.90 / 0.93; block 4: open 1.00 / 1.00 / 1.00, paraphrases 1.00 /
# 0.86 / 0.93; block 5: open 1.00 / 1.00 / 1.00, paraphrases 1.00 / 0.95 / 0.97).
FLOORS: dict[tuple[int, str], tuple[float, float, float]] = {
    (1, "asks_open_question"): (0.95, 0.95, 0.95),
    (1, "paraphrases"): (0.92, 0.92, 0.92),
    (2, "asks_open_question"): (0.95, 0.95, 0.95),
    (2, "paraphrases"): (0.92, 0.85, 0.88),
    (3, "asks_open_question"): (0.95, 0.95, 0.95),
    (3, "paraphrases"): (0.92, 0.85, 0.88),
    (4, "asks_open_question"): (0.95, 0.95, 0.95),
    (4, "paraphrases"): (0.95, 0.82, 0.88),
    (5, "asks_open_question"): (0.95, 0.95, 0.95),
    (5, "paraphrases"): (0.95, 0.9, 0.92),
}


@pytest.mark.parametrize(("block", "behaviour"), FLOORS.keys())
def test_each_block_holds_its_floor(block: int, behaviour: str) -> None:
    scores = _scores(block, behaviour)
    floors = FLOORS[(block, behaviour)]
    got = (scores.precision, scores.recall, scores.f1)
    assert all(value >= floor for value, floor in zip(got, floors, strict=True)), scores.summary()


# The kinds this round's rules read, in sentences written after them: each that reads
# as the rule meant was read the other way by the starting rules, or guards against a
# rule of the round reaching too far (a near miss beside it).
OPEN_SHAPES: dict[str, tuple[str, bool]] = {
    "comfort before an invitation to tell": (
        "Are you comfortable sharing a little more about how things ended?",
        True,
    ),
    "willingness before telling what happened": (
        "Would you be okay telling me what happened after the doctor called?",
        True,
    ),
    "willingness to do a task is closed": (
        "Would you be willing to keep a diary of your spending this week?",
        False,
    ),
    "an identifier asked for with 'signed up'": (
        "Which email are you signed up with?",
        False,
    ),
    "a wh-question about a thing that is not an identifier": (
        "What did you sign up for in the end?",
        True,
    ),
    "asked to recall an occasion": (
        "Could you think of a particular moment when you felt in control of it?",
        True,
    ),
    "asked to recall a detail": (
        "Can you remember your password?",
        False,
    ),
    "an identifier named by the thing it numbers": (
        "What seat number were you in?",
        False,
    ),
    "an identifier they were given": (
        "What table number are they on?",
        False,
    ),
    "whose name, not which number": (
        "What's his name?",
        True,
    ),
    "asked for news later, as a farewell": (
        "Let me know how it went with the landlord.",
        False,
    ),
    "asked how they feel now": (
        "Let me know how you're feeling about it.",
        True,
    ),
}


@pytest.mark.parametrize(("text", "expected"), OPEN_SHAPES.values(), ids=OPEN_SHAPES.keys())
def test_open_question_shapes_of_this_round(text: str, expected: bool) -> None:
    assert bool(detect(text, "", behaviours=["asks_open_question"])) is expected


PARAPHRASE_SHAPES: dict[str, tuple[str, str, bool]] = {
    "a 'you' frame inside a yes/no question": (
        "I've been eating takeaways most nights since the baby came.",
        "Is cooking at home something you'd want to get back to?",
        False,
    ),
    "the same frame in a reflection with a question mark": (
        "I've been eating takeaways most nights since the baby came.",
        "So you'd like to get back to cooking at home?",
        True,
    ),
    "a reassurance in the second person": (
        "I freeze up every time my manager asks me something in a meeting.",
        "You're not alone in that, honestly.",
        False,
    ),
    "a verdict on an activity named by a gerund": (
        "I've been looking after my brother since his accident and I'm exhausted.",
        "Looking after a family member after an accident is one of the hardest jobs going.",
        False,
    ),
    "a state called allowed": (
        "I still cry about the divorce and it's been a year.",
        "It's completely normal to still be grieving a marriage after a year.",
        False,
    ),
    "a reflection of meaning joined to 'is part of'": (
        "I want to stay well enough to keep working on the farm.",
        "Your work means everything to you, and staying well is part of keeping it.",
        True,
    ),
    "the status of a thing of theirs is still not a reflection": (
        "When is my new sofa coming?",
        "Your sofa is booked in for delivery, and the driver will ring you first.",
        False,
    ),
    "a short summary in a word of theirs before a comma, then a reaction": (
        "The boiler has broken down twice this week and the engineer never turned up.",
        "Two breakdowns and no engineer, I'd be furious too.",
        True,
    ),
    "a short clause of the agent's before a comma": (
        "My energy bill has a standing charge I don't understand.",
        "The standing charge covers the meter, and it's the same for every customer.",
        False,
    ),
    "a contracted wh-word asking something new": (
        "We're finally going on holiday next month.",
        "Where's the holiday?",
        False,
    ),
    "the customer's words said back as a question": (
        "We're finally going on holiday next month.",
        "A holiday?",
        True,
    ),
    "what a thing of a kind does not do": (
        "I had a cigarette at the party after two months off them.",
        "One cigarette doesn't cancel out two months.",
        False,
    ),
    "only a light verb shared": (
        "My sister finally told our parents and they took it badly.",
        "That took real courage. How did the rest of the family react?",
        False,
    ),
    "a light verb in a sentence naming them": (
        "I made it to the gym twice this week.",
        "Great. That's something you made happen yourself.",
        True,
    ),
    "an apology naming their word": (
        "I've been waiting twenty minutes for someone to pick up.",
        "Sorry for the wait. What name is the booking under?",
        False,
    ),
    "what the service should do next": (
        "They promised my parcel would come today and it hasn't.",
        "It's with the courier now and should reach you this evening.",
        False,
    ),
    "a stock reassurance in the second person": (
        "I keep thinking I should have noticed sooner that he was ill.",
        "You did your best with what you knew at the time.",
        False,
    ),
    "a reading with 'sound more like'": (
        "I only enjoy the first coffee of the day, after that I just drink it.",
        "The later ones sound more like a routine than a treat.",
        True,
    ),
    "a short summary after a reaction": (
        "My meal arrived cold again, the third time this month.",
        "I'm so sorry, three cold meals in a row. Would you like a refund?",
        True,
    ),
    "a value named": (
        "I keep turning up to training even when I'm knackered.",
        "Being someone the team can rely on matters a great deal to you.",
        True,
    ),
    "a value asked about": (
        "I want my kids to have a better start than I had.",
        "Is that something that matters to you?",
        False,
    ),
    "an invitation in their words": (
        "I used to spend every weekend at my allotment.",
        "Tell me about the allotment.",
        False,
    ),
    "'it sounds' and a feeling about their matter": (
        "I'm the one who keeps the family going, nobody else helps.",
        "It sounds draining to be the one holding everything together.",
        True,
    ),
    "what must hurt": (
        "My dad didn't come to my graduation.",
        "Him not turning up to something that big must really hurt.",
        True,
    ),
    "a complaint ending with a question in a statement's order": (
        "I paid for next-day delivery, and now you're telling me it won't come till Monday?",
        "You paid extra for next-day delivery and now it won't arrive until Monday.",
        True,
    ),
    "a real question after a comma is answered, not reflected": (
        "I've had this phone for a week, can I still send it back for a refund?",
        "You've had the phone a week, so you're still inside the window to send it back.",
        False,
    ),
    "a short reaction, then a question of one's own": (
        "Finally got a job offer after months of trying!",
        "Yay!! Where's the job?",
        False,
    ),
    "a closing 'I understand' does not make it the agent's story": (
        "The website keeps timing out when I pay.",
        "The website timing out right when you pay is maddening, I understand.",
        True,
    ),
    "the agent's own story with a closing 'I know'": (
        "The website keeps timing out when I pay.",
        "The website times out for me too, I know.",
        False,
    ),
    "a greeting before a comma": (
        "My landlord wants me out by the end of the month.",
        "Hi there, thanks for getting in touch with us.",
        False,
    ),
}


@pytest.mark.parametrize(
    ("context", "text", "expected"), PARAPHRASE_SHAPES.values(), ids=PARAPHRASE_SHAPES.keys()
)
def test_paraphrase_shapes_of_this_round(context: str, text: str, expected: bool) -> None:
    assert bool(detect(text, context, behaviours=["paraphrases"])) is expected
