"""`acknowledges_feelings` on service replies: warmth aimed at the customer's feelings
counts; a smiley on a routine line, a farewell or an offer to hand over does not."""

from __future__ import annotations

import pytest
from _pytest.mark import ParameterSet

from legendary.care.detect import detect


def acknowledged(text: str) -> bool:
    return bool(detect(text, behaviours=["acknowledges_feelings"]))


MEETS_THE_FEELING = {
    "offer to listen": "I'm happy to listen if you want to tell me what happened.",
    "here to talk": "I'm here if you need to talk it through.",
    "hope it gets easier": "I hope things get a bit easier for you after the move.",
    "hope the next one is better": "I hope you have a better experience with the next engineer.",
    "room to vent": "If you want to vent about the last three calls, go ahead.",
    "sounds like an ordeal": "Sounds like a real ordeal with the courier.",
    "hope they are feeling better": "I hope you're feeling a bit better after the weekend.",
    "it makes the agent sad": "It makes me sad to hear the flowers never arrived for the funeral.",
    "what a nightmare": "What a nightmare, three cancelled deliveries in a row.",
    "a right to be upset": "You have every right to be upset about this.",
    "what it means to them": "I know how much this trip means to you.",
}

ROUTINE_LINES = {
    "smiley on a routine line": "Happy to help :)",
    "smiley on thanks": "Thanks for waiting :)",
    "sad face on a stock answer": "That size is out of stock :(",
    "social-media hand-off": "DM me your order number and I'll take a look.",
    "offer to pass on": "Do you want to talk to a manager?",
    "farewell": "I hope you have a great day!",
    "farewell with an": "Hope you have an amazing weekend!",
    "chat about options": "Happy to chat through the options with you.",
    "a fix that sounds hard": "Sounds like a hard reset should sort it.",
    "email opener": "I hope you're well.",
    "small talk": "I hope you're having a good day so far.",
    "asking to repeat": "Sorry, could you repeat the order number?",
    "what a question": "What a great question!",
}


#: Ways of meeting the customer's feelings that name no feeling word of their own.
VALIDATES_THE_FEELING = {
    "a shock": "That must have come as quite a shock when the letter arrived.",
    "feeling makes sense": "Your anger is completely understandable after three visits.",
    "makes sense that you": "It makes sense that you'd be wary after last time.",
    "how much it means": "I can see how much you were counting on having the car back.",
    "how much stress": "I can hear how much worry this has caused at home.",
    "the week has been hard": "I appreciate the last few days have been really exhausting.",
    "it would upset anyone": "Losing your photos like that would upset anybody.",
    "would make me furious": "That would have made me livid as well.",
    "a lot to carry": "It sounds like you've been juggling a lot on your own.",
    "been through a lot": "You've been through such a rough month with us.",
    "as frustrated": "I'd be just as annoyed in your shoes.",
    "please do not give up": "Please don't give up on the treatment yet.",
}

#: Service routines that borrow the words of comfort.
ROUTINES_THAT_BORROW_COMFORT = {
    "apology for a delay": "I'm so sorry about the long delay with your refund.",
    "apology for an error": "Sorry again for the billing error.",
    "sorry, we should have": "I'm sorry, we should have rung you before the visit.",
    "fault then sorry": "That was our mistake, and I'm truly sorry.",
    "sorry it took long": "Sorry this has taken so long to sort out.",
    "hold on a moment": "Hold on one moment while I check the stock.",
    "hang on, let me": "Hang on, let me pull up your booking.",
    "hold on to the receipt": "Hold on to the receipt until the refund lands.",
    "keep going through a form": "Keep going through the steps until you reach the summary page.",
    "please don't hesitate": "Please don't hesitate to call us if the light turns red again.",
    "please don't unplug": "Please don't switch the box off during the update.",
    "stay on the line": "Please stay on the line for a short survey.",
    "makes sense, noted": "That makes sense, I've added a note to your file.",
    "great, it has gone through": "That's great, your transfer has cleared.",
    "a hard reset": "What you need is a hard reset of the modem.",
    "hard to find in the app": "It's a little hard to find in the menu, under Account.",
}


#: Meeting the feeling in a way a phrase list of feeling words misses.
MEETS_IT_WITHOUT_NAMING_IT = {
    "not the news hoped for": "I know that's not the answer you were hoping for.",
    "right to be annoyed": "You're quite right to be cross about the second visit.",
    "totally get it": "I totally get it, nobody plans their week around a courier.",
    "not alone with it": "You don't have to sort all this out on your own.",
    "a long call": "I know it's been such a long wait today.",
    "sorry, then naming what it means": "I'm so sorry, I know how much that parcel mattered.",
}

#: Apologies for our own slips, and service small talk, that are not about feelings.
OWN_SLIPS_AND_SMALL_TALK = {
    "sorry, it's on me": "Sorry, that's entirely my fault, I typed the wrong postcode.",
    "sorry we did not": "I'm sorry we didn't ring you back on Tuesday.",
    "sorry, may I": "Sorry, may I take your date of birth?",
    "sorry, bad line": "Sorry, the connection keeps dropping.",
    "a tough question": "That's a tricky one to answer before the engineer has looked.",
    "sorry for my own rambling": "Sorry for rambling on about the tariffs.",
}


#: Feelings met in the forms empathetic conversations take.
EMPATHETIC_REPLIES = {
    "it's frustrating when": "It's so annoying when the app logs you out mid-payment.",
    "you sound fed up": "You sound completely worn out, and understandably so.",
    "don't blame you": "I can't say I blame you for wanting to cancel.",
    "a situation to be in": "That's a horrible position to be in with rent due.",
    "good news": "That must feel like such a relief after all the waiting.",
    "they must be proud": "You must be so proud of her.",
    "I'd be nervous too": "I'd be a bit nervous too before surgery.",
    "how unfair": "How unfair, after you paid on time every month.",
    "okay not to be okay": "It's completely normal to have a rough week after news like that.",
}

#: "Sorry" as a softener, an apology for a named failure, and well-wishing for a task.
SOFTENERS_AND_NAMED_FAILURES = {
    "sorry, just to check": "Sorry, just to confirm, was that a Visa card?",
    "sorry, would you": "Sorry, would you mind spelling that?",
    "sorry about the failed visit": "Sorry about the cancelled visit on Monday.",
    "sorry the courier did not": "I'm sorry the courier never turned up.",
    "should have, then sorry": "We should have warned you about the roadworks, and I'm sorry.",
    "good luck with a form": "Good luck with the installation, the guide is in the box.",
}


#: Social-care and letter phrasings of empathy.
CARE_TEAM_EMPATHY = {
    "hate to hear": "We really hate hearing that the heating failed again.",
    "certainly understand": "We can certainly understand your disappointment.",
    "how distressing": "I fully appreciate how distressing the last fortnight has been.",
    "been in your shoes": "I've been in your shoes with a landlord like that.",
}

#: Look-alikes of the same phrasings.
CARE_TEAM_LOOK_ALIKES = {
    "been there for someone": "I've been there for my sister through all of it.",
    "a catchphrase": "Sorry not sorry, the new menu is better.",
}


#: Peer-support validation and invitations to share.
VALIDATION_AND_INVITATIONS = {
    "know this feeling": "Know this feeling all too well.",
    "care to share": "You seem to be going through a rough patch, care to share?",
    "talk about what's going on": "Would you like to talk about what's going on?",
    "can be hard": "I know moving day can be really overwhelming.",
    "proud of yourself": "Be proud of yourself for making that call.",
    "not being unreasonable": "You're not being unreasonable at all.",
    "no need to feel bad": "Don't feel bad, it happens to everyone.",
    "its ok": "its ok to feel a bit lost after news like that",
}

#: Reassurance and understanding of why the customer acts as they do.
REASSURANCE_AND_MOTIVES = {
    "no need to apologise": "No need to apologise, the portal confuses everyone.",
    "only imagine": "I can only imagine how anxious you must have been.",
    "get why you would": "I completely understand why you'd want to switch supplier.",
    "waiting is nerve-wracking": "I know waiting for the surveyor's report is nerve-wracking.",
    "a real shame": "That's a real shame after all the planning you did.",
    "every reason": "You've every reason to be cross with us.",
    "it's frustrating, but": "It's frustrating, but the part only arrives on Friday.",
    "feel bad for you": "I feel so bad for you, nobody deserves that.",
    "imagine you're fed up": "I bet you're feeling pretty worn down by now.",
    "hear how much": "I can tell how much this booking matters to you.",
    "anyone would be": "Of course you're cross, anyone would be.",
    "really feel for you": "I really feel for you, a week without hot water is miserable.",
    "caused you stress": "I can see this has caused you a great deal of worry.",
    "an anxious time": "I realise this is a really emotional time for you all.",
    "I'd feel let down": "Honestly, I'd feel let down too.",
    "know you were looking forward": "I know you were so looking forward to the new kitchen.",
    "a horrible feeling": "It's such a sinking feeling when a payment bounces.",
}

#: Apologies for a wait or a question, a hold-up in thought, and a question after sorry.
WAITS_AND_QUESTIONS = {
    "sorry about the hold music": "Sorry about all the hold music this morning.",
    "a difficult one, let me ask": "That's a difficult one, let me check with my team leader.",
    "sorry, do you have": "Sorry, do you have the claim number to hand?",
    "sorry, what's": "Sorry, what's the postcode there?",
    "sorry, that's procedure": "I'm sorry, that's just our usual process for returns.",
    "if offence was taken": "I'm sorry if any offence was taken.",
    "great, it is set up": "That's great, your direct debit is now active.",
    "sorry, outside the warranty": "Sorry, but that's outside what the guarantee covers.",
    "messed up, and sorry": "We messed this one up, and I'm sorry.",
    "sorry for the bother": "Sorry for the bother, could you confirm your postcode?",
    "sorry it fell short": "We're sorry your stay fell short this time.",
    "sorry to see you go": "We're sorry to see you go, the account closes on Friday.",
    "sorry you feel we": "Sorry you feel we've let you down, but the charge stands.",
}

#: The same words, not about the other person's feelings.
VALIDATION_LOOK_ALIKES = {
    "you know that feeling when": "You know that feeling when the bus arrives right on time?",
    "share your work": "Do you have any more photos you want to share with us?",
    "not being charged": "You're not being charged for the second month.",
}


#: Everyday reactions and service e-mail phrasings of the same care.
EVERYDAY_REACTIONS = {
    "poor thing": "Oh, you poor thing, a whole weekend without heating.",
    "a bummer": "That's a real bummer after the wait you've had.",
    "not easy": "This can't have been easy for you.",
    "i know it's hard": "I know it's hard, and we'll go through it together.",
    "a fair worry": "That's a completely fair worry after the last engineer.",
    "allowed to be upset": "You're allowed to be upset about this.",
    "saddened to learn": "I was saddened to learn of your father's passing.",
    "the impact on you": "I recognise the impact this has had on you and the children.",
    "get well soon": "Get well soon, the order will keep until you're back.",
    "fingers crossed for you": "Fingers crossed for you on Friday!",
    "what a relief": "What a relief that everyone got out safely.",
    "last thing you need": "That's the last thing you need with a move coming up.",
    "anyone up the wall": "A week of that would drive anyone up the wall.",
    "you'd had a rough morning": "Not at all, you'd had a really rough morning.",
}

#: The same words about amounts, estimates, tasks and tests, not about feelings.
EVERYDAY_LOOK_ALIKES = {
    "a lot of data": "That's a lot of data for a single month.",
    "a rough estimate": "That's only a rough estimate until the surveyor visits.",
    "hard to arrange": "That would be difficult to arrange before Friday.",
    "a pain point": "The login screen is a real pain point we're fixing in May.",
    "breath test": "Please take a breath test at the kiosk before driving off.",
    "last thing to do": "The last thing you need to do is sign the form.",
    "down as the holder": "I can see you're down as the account holder.",
    "willing": "We'd be delighted to welcome you back next season.",
    "the worst case": "That's the worst case, and it rarely happens.",
    "pronoun failure": "I'm sorry he didn't arrive, can I take your postcode?",
}


#: Steadying words with no feeling word of their own: the heart, time easing it, pride,
#: presence, and a feeling said to be normal.
STEADYING_WORDS = {
    "breaks my heart": "Reading about your nan's last week breaks my heart.",
    "heart aches for you": "My heart aches for you and your boys.",
    "in my thoughts": "You're in my thoughts this weekend.",
    "one day at a time": "Take it one day at a time, there's no race.",
    "won't always feel like this": "It won't always feel this heavy, I promise.",
    "it will ease": "The grief does ease with time, even if it never fully leaves.",
    "don't lose hope": "Don't lose hope, the appeal is still open.",
    "takes courage": "That took real courage to say out loud.",
    "well deserved": "Well deserved after the year you've had.",
    "happens to everyone": "It happens to the best of us, honestly.",
    "no shame": "There's no shame in asking for a payment plan.",
    "a human reaction": "That's a completely human reaction to losing a job.",
    "feeling is common": "Feeling numb after a shock is really common.",
    "natural to be afraid": "It's natural to be a bit afraid before the operation.",
    "would make anyone": "Being cut off mid-call would leave anyone exasperated and angry.",
    "hear how fed up": "I can hear how fed up you are with the whole thing.",
    "not on your own": "You're not on your own with this, we'll see it through.",
    "want to talk": "If you ever wanna talk it through, just shout.",
    "sad to hear": "So sad to hear the puppy didn't make it.",
    "would freak me out": "That would've freaked me out as well.",
    "sure you'll do great": "I'm sure you'll smash it on Monday.",
    "how important": "We know how important the christening cake is to you.",
    "not ideal": "I know that's far from ideal with guests arriving.",
    "no fun": "Queuing in the rain is no fun at all.",
    "nerve-wracking": "Driving tests are always nerve-wracking.",
    "counting the days": "You must be counting the days until the move.",
    "not your fault": "It's not your fault the card was cloned, these scams are clever.",
    "nobody's fault": "Honestly it's nobody's fault, the form is confusing.",
    "tearing my hair out": "I'd be pulling my hair out after a week of that.",
    "you've earned it": "Enjoy the trip, you've earned it!",
    "the next one": "The next one will be better, I just know it.",
    "nobody deserves to": "Nobody deserves to be shouted at over a parking space.",
    "what a jerk": "What an absolute prat, pushing in like that.",
    "opening up": "Thank you for opening up to us about the money worries.",
    "not easy to say": "That can't have been easy to say to your manager.",
    "okay to need help": "It's completely okay to need help with the forms right now.",
    "so much love": "Sending you all my love for tomorrow.",
    "please don't be nervous": "Please don't be nervous, the scan doesn't hurt at all.",
    "it softens": "The loneliness softens, and the good days come back.",
    "carrying so much": "You're carrying so much on your own at the moment.",
    "a common worry": "That's a really common worry with a first mortgage.",
    "doing just fine": "You're doing just fine, it's only two more boxes to fill.",
    "an anxious time": "Results week is such an anxious time for families.",
    "we've all done that": "Oh, we've all done that, the buttons are tiny.",
    "bittersweet": "That's so bittersweet, selling the family piano.",
    "beaming": "You must have been absolutely beaming on the podium.",
    "wear anyone down": "Three weeks of calls would wear anybody down.",
    "all ears": "I'm all ears, tell me everything that went wrong.",
    "only up from here": "After a week like that, things can only get better.",
    "keep on keeping on": "Keep on keeping on, you're nearly at the end of term.",
    "you're enough": "You are enough just as you are.",
    "here for each other": "We're all here for each other in this group.",
    "don't sound selfish": "You don't sound selfish at all for wanting a night off.",
    "let yourself grieve": "Let yourself grieve before you sort out the paperwork.",
    "welcome to message": "You're welcome to message me whenever the evenings get long.",
    "fair to feel": "Completely fair to feel wary after the last installer.",
    "not bothering us": "You're honestly not bothering us, ask as often as you need.",
    "felt rubbish": "That must have felt pretty rubbish in front of everyone.",
    "knocked sideways": "News like that can knock you sideways for a while.",
    "you did it": "Four years of night classes and you did it!",
    "a lot to take in": "It's a lot to take in, so there's no rush to decide today.",
    "the hard part": "You've done the hardest part by telling someone.",
    "one step at a time": "We'll take it one step at a time, starting with the meter.",
    "buzzing for you": "Honestly buzzing for you, the new flat looks great.",
    "not the odd one out": "You're not the odd one out, half the class feels the same.",
    "moments like that": "We've all had a day like that at the till.",
    "don't apologise": "Don't apologise, the menu is a maze.",
    "don't panic": "Don't panic, the money is safe in the holding account.",
    "beat yourself up": "Try not to beat yourself up over a missed reminder.",
    "how thoughtful": "Flowers for the whole ward? How thoughtful!",
    "can be frightening": "Bailiff letters can be really frightening to open.",
    "understand the panic": "Totally understand the dread, nobody likes a surprise bill.",
    "knew you would": "Knew you could do it!",
    "a keeper": "She's a keeper, that's a lovely gesture.",
    "something to be proud of": "A year without a missed payment is something to be proud of.",
    "a huge step": "Booking the counsellor is a huge step.",
    "give yourself credit": "Give yourself some credit, you kept every receipt.",
    "go gently": "It's early days, go gently with yourself.",
    "get in": "Get in! The offer letter came through.",
    "being nervous makes sense": "Being a bit nervous about it makes perfect sense.",
    "makes sense it feels": "It makes sense that it feels strange without him.",
    "why it feels that way": "I understand why it feels that way after the last bill.",
    "no joke": "A month of night feeds is no joke.",
    "feelings like that are common": "Feelings like that are really common after a move.",
}

#: The same words about things, plans and refusals, not about a feeling.
STEADYING_LOOK_ALIKES = {
    "sorry, only": "Sorry, only card payments are accepted on board.",
    "sorry, yes, a fee": "Sorry, yes, there is a small fee for paper bills.",
    "sorry, unfortunately": "Sorry, unfortunately that colour is discontinued.",
    "good luck with the new router": "Good luck with the new router, the lights take a minute.",
    "sad to see you go": "We're sad to see you go, your last bill is attached.",
    "concerning a bill": "I'm writing concerning the bill you sent in March.",
    "a heavy parcel": "That's heavy, so the courier will bring a trolley.",
    "no fun mode": "There's no fun mode on this model, only eco and boost.",
    "if it gets worse": "If it gets worse overnight, ring the out-of-hours line.",
    "how are you feeling, as a question": "How are you feeling about the two tariffs?",
    "your fault": "It's your fault if the pin is shared, as the terms say.",
    "points earned": "You have earned 300 points on this order.",
    "a big file": "That's huge, so the upload may take a few minutes.",
    "it gets easier for a tool": "It gets easier once the app has learned your routine.",
    "a difficult process": "It's a difficult process, so take your time with the form.",
    "a busy time": "December is a busy time, so order by the 18th.",
    "glad you like it": "So glad you like the new layout!",
    "prices go up": "Prices can only go up from here once the sale ends.",
    "message me the number": "You're welcome to message me the tracking number.",
    "keep pushing the button": "Keep pushing the reset button for ten seconds.",
    "you are the account holder": "You are the named account holder, so you can sign.",
    "sorry for myself": "I felt sorry for myself for a week after my own move went wrong.",
    "I have to keep going": "I just have to keep going with the audit until Friday.",
    "if it hurts": "If it hurts when you bend the strap, send it back for a new one.",
    "never mind the format": "Don't worry about the format, a phone photo of the receipt works.",
    "go through them in turn": "Go through them one at a time and tick each box.",
    "made it to the store": "You made it to the right store, the desk is at the back.",
    "apologise to the customer": "Don't apologise to them yourself, we'll send the letter.",
    "knew you would ask": "I knew you would ask about the fees, so here is the table.",
    "it can be a setting": "It can be set to dark mode under Display.",
    "a step in the setup": "That's a big step in the setup, so read the guide first.",
    "get in touch": "Get in touch! We reply within a day.",
}


#: Every family of lines that meets the customer's feelings, by what it shows.
FOUND = {
    "warmth": MEETS_THE_FEELING,
    "validation": VALIDATES_THE_FEELING,
    "without naming it": MEETS_IT_WITHOUT_NAMING_IT,
    "empathetic reply": EMPATHETIC_REPLIES,
    "care team": CARE_TEAM_EMPATHY,
    "peer support": VALIDATION_AND_INVITATIONS,
    "reassurance": REASSURANCE_AND_MOTIVES,
    "everyday": EVERYDAY_REACTIONS,
    "steadying": STEADYING_WORDS,
}

#: Every family of look-alikes: apologies, routines and small talk.
NOT_FOUND = {
    "routine": ROUTINE_LINES,
    "borrowed comfort": ROUTINES_THAT_BORROW_COMFORT,
    "own slip": OWN_SLIPS_AND_SMALL_TALK,
    "softener": SOFTENERS_AND_NAMED_FAILURES,
    "care team": CARE_TEAM_LOOK_ALIKES,
    "peer support": VALIDATION_LOOK_ALIKES,
    "wait or question": WAITS_AND_QUESTIONS,
    "everyday": EVERYDAY_LOOK_ALIKES,
    "steadying": STEADYING_LOOK_ALIKES,
}


def cases(families: dict[str, dict[str, str]]) -> list[ParameterSet]:
    """One test case per line, named "family: line"."""
    return [
        pytest.param(text, id=f"{family}: {name}")
        for family, lines in families.items()
        for name, text in lines.items()
    ]


@pytest.mark.parametrize("text", cases(FOUND))
def test_lines_that_meet_the_feeling_are_found(text: str) -> None:
    assert acknowledged(text)


@pytest.mark.parametrize("text", cases(NOT_FOUND))
def test_look_alikes_are_not_acknowledgements(text: str) -> None:
    assert not acknowledged(text)
