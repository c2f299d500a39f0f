"""Thanks, apologies and empathy on lines written for this check alone.

Agent turns from customer service across industries and channels (chat, email, phone
with its "um"s), peer-support replies and casual comments, each labelled for
`expresses_appreciation` (A), `apologises` (P) and `acknowledges_feelings` (F), with the
look-alikes that trip a phrase list: a refusal dressed as thanks, "sorry?" meaning say
again, an apology used as a shield, "hold on" meaning wait, "that's a hard reset".

Labelling conventions: "sorry" about a service failure the customer lives through is an
apology (and, when it meets how they feel, an acknowledgement too); condolence for a
personal loss and "sorry you're going through this" are sympathy only; "appreciate"
meaning "understand" is not thanks. None of these lines is in any development corpus,
and none may be copied into a lexicon: a change that only fits the development data
shows here as a drop below the floors.
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

#: (agent or helper turn, the behaviours it shows: A appreciation, P apology, F feelings)
FRESH: list[tuple[str, str]] = [
    # --- customer service: thanks ---
    ("Thanks so much for your patience while I looked into this.", "A"),
    ("I really appreciate you bearing with me, the system is slow today.", "A"),
    ("Thank you for holding, I've got your account up now.", "A"),
    ("Cheers for sending the photos over, that helps a lot.", "A"),
    ("Many thanks for flagging this, we've passed it to the warehouse team.", "A"),
    ("Thanks for being with us for eight years, that means a lot.", "A"),
    ("We're grateful you took the time to tell us about the driver.", "A"),
    ("Appreciate your understanding on this one.", "A"),
    ("Thank you for your patience and understanding.", "A"),
    ("Thanks for letting us know, I'll update the address now.", "A"),
    ("You're very welcome, enjoy the rest of your evening.", "A"),
    ("Thanks a million for sticking with us through the outage.", "A"),
    ("uh thanks for calling, um, what can I do for you today", "A"),
    ("Thank you for choosing Northway Rail.", "A"),
    ("I appreciate you taking the time to run those checks.", "A"),
    ("Thanks for your feedback on the new app, it's genuinely useful.", "A"),
    ("Thanks heaps for double-checking the meter reading.", "A"),
    ("We value your feedback and have shared it with the kitchen.", "A"),
    ("Thank you kindly for the update.", "A"),
    ("Your patience today has been really appreciated.", "A"),
    ("Thanks, that's everything I need.", "A"),
    ("I'm grateful for your patience while we sorted the outage.", "A"),
    ("Thank you for bringing this to our attention.", "A"),
    ("We truly appreciate your business.", "A"),
    ("Thanks for the heads-up about the broken gate.", "A"),
    ("Appreciate you, have a good one!", "A"),
    ("Thx for the quick reply", "A"),
    ("Thanks for reaching out to Pixel Support!", "A"),
    ("Dear Ms Patel, thank you for your email about your recent stay.", "A"),
    ("okay, um, thank you, I appreciate that", "A"),
    ("thanks for waiting, the system's back up", "A"),
    ("I can't thank you enough for catching that error on the form.", "A"),
    ("Thank you for your email; however, we can't refund a used ticket.", "A"),
    ("Thank you for calling, our offices are now closed.", "A"),
    ("Thanks for asking, but the offer ended last week.", "A"),
    ("Ta very much, the refund is on its way.", "A"),
    ("Big thanks to you for spotting the duplicate charge.", "A"),
    ("You've been incredibly patient with us, thank you.", "A"),
    ("It's much appreciated that you called back so quickly.", "A"),
    ("We're so thankful for customers like you.", "A"),
    # --- customer service: apologies ---
    ("My apologies for the mix-up with your order.", "P"),
    ("Sorry for the wait, I'm back with you now.", "P"),
    ("Apologies for the delay in getting back to you.", "P"),
    ("We're sorry your parcel arrived damaged.", "P"),
    ("I do apologise, I gave you the wrong reference number earlier.", "P"),
    ("That's our mistake, and I'll get it corrected straight away.", "P"),
    ("I'm sorry about the confusion over the bill.", "P"),
    ("Sorry about that! Let me resend the link.", "P"),
    ("We sincerely apologise for any inconvenience caused.", "P"),
    ("I apologise on behalf of the team for how that call was handled.", "P"),
    ("So sorry for keeping you waiting.", "P"),
    ("I'm really sorry, the engineer should have called ahead.", "P"),
    ("Sorry, I misread your message, you wanted the blue one.", "P"),
    ("I owe you an apology, I promised a callback and didn't make it.", "P"),
    ("Sincere apologies that your booking was cancelled without notice.", "P"),
    ("Please accept our apologies for the disruption to your journey.", "P"),
    ("We got this wrong and I'm sorry.", "P"),
    ("We dropped the ball on your refund.", "P"),
    ("Sorry to keep you on hold so long.", "P"),
    ("Sorry for any trouble this has caused.", "P"),
    ("yeah no I'm sorry about that, uh, let me fix it", "P"),
    ("Please accept my sincere apologies for the slow response.", "P"),
    ("We apologise for the inconvenience this has caused.", "P"),
    ("Sorry to bother you, is now a good time to talk about the renewal?", "P"),
    ("I feel awful that you had to chase us three times.", "P"),
    ("Again, sorry for the runaround today.", "P"),
    ("Our sincere apologies, the wrong size was packed.", "P"),
    ("I'm sorry, I'm afraid we don't stock that model any more.", "P"),
    # --- customer service: empathy ---
    ("That sounds really stressful.", "F"),
    ("I completely understand how annoying that is.", "F"),
    ("I can imagine how worrying it is when a card gets declined abroad.", "F"),
    ("Oh no, that's not the start to the holiday you wanted.", "F"),
    ("You must be exhausted after being up all night with the leak.", "F"),
    ("I'd be just as frustrated if my flight was cancelled twice.", "F"),
    ("I hear how upset you are, and I want to put this right.", "F"),
    ("That must have been a real shock when the bill arrived.", "F"),
    ("It's completely understandable that you're annoyed.", "F"),
    ("Losing a whole day waiting in for a delivery is so frustrating, I get it.", "F"),
    ("Your frustration makes total sense.", "F"),
    ("I know how much you were looking forward to this trip.", "F"),
    ("I can hear this has been really difficult for you.", "F"),
    ("That's so disappointing after waiting three weeks.", "F"),
    ("I understand your concern about the security of your account.", "F"),
    ("How frustrating, and on your birthday too!", "F"),
    ("You have every right to be annoyed.", "F"),
    ("We understand how frustrating it is to be without internet.", "F"),
    ("I appreciate this has been a really frustrating week.", "F"),
    ("I appreciate your frustration, and I'm escalating it now.", "F"),
    ("No wonder you're fed up, that's the third missed slot.", "F"),
    ("I can tell how much stress this has put on you.", "F"),
    ("That's a horrible position to be left in.", "F"),
    ("Being cut off mid-call like that would upset anyone.", "F"),
    # --- customer service: more than one at once ---
    ("I'm so sorry you've been without heating since Friday.", "PF"),
    ("Thanks again, and sorry for the hassle with the login.", "AP"),
    ("Really appreciate your patience, and my apologies for the mix-up.", "AP"),
    ("Thank you for your patience, and I'm sorry this has taken so long.", "AP"),
    ("I'm really sorry for the trouble, and thank you for being so understanding.", "AP"),
    ("I totally get why you're frustrated, and I apologise for the runaround.", "PF"),
    ("Thanks for explaining all that, it sounds like a really stressful week.", "AF"),
    ("Sorry you had to wait so long, I know how annoying that is.", "PF"),
    ("Really sorry about the mix-up, that must have been confusing.", "PF"),
    ("I'm sorry to hear your flight was cancelled.", "PF"),
    ("Oh I'm so sorry, that's not what you need right before Christmas.", "PF"),
    ("oh gosh, that sounds awful, I'm so sorry", "PF"),
    ("It's awful to feel ignored, and I'm sorry we left you feeling that way.", "PF"),
    ("I'm so sorry to hear the boiler broke down in this cold.", "PF"),
    ("Thank you for telling me, I can hear how worried you are.", "AF"),
    # --- customer service: look-alikes and routine lines ---
    ("Thanks but no thanks, I'll keep my current plan.", ""),
    ("No thanks needed, it's what we're here for.", ""),
    ("Thanks to the storm, all deliveries in your area are running late.", ""),
    ("The customer thanked me for sorting the refund.", ""),
    ("I'd appreciate it if you could send a copy of the receipt.", ""),
    ("You're welcome to pop into any branch with your ID.", ""),
    ("Thank God the card was blocked in time.", ""),
    ("We don't appreciate that kind of language on our lines.", ""),
    ("Welcome to Brightline Energy, you're speaking with Sam.", ""),
    ("The flat has appreciated in value since you took out the mortgage.", ""),
    ("Sorry, could you repeat that?", ""),
    ("I'm sorry but that's policy.", ""),
    ("I'm sorry you feel that way.", ""),
    ("Sorry, what was the postcode again?", ""),
    ("Sorry, but we can't refund opened software.", ""),
    ("There's no need to apologise, it happens all the time.", ""),
    ("Sorry you feel that way, but the charge stands.", ""),
    ("I'm sorry, but I can't discuss the account without the holder's consent.", ""),
    ("Sorry, I don't follow. Do you mean the app or the website?", ""),
    ("Can you confirm the last four digits of the card?", ""),
    ("Your refund of £42.50 has been processed and should land in 3-5 working days.", ""),
    ("I've booked an engineer for Thursday between 8 and 12.", ""),
    ("Please restart the router and let me know if the light turns green.", ""),
    ("I'm transferring you to our billing team now.", ""),
    ("Is there anything else I can help with today?", ""),
    ("Okay, I understand. Let me take a look at the order.", ""),
    ("I understand you'd like to move your delivery slot.", ""),
    ("I hope this email finds you well.", ""),
    ("Hope you have a lovely weekend!", ""),
    ("Hold on a second while I pull up the account.", ""),
    ("Hang on, let me just check with the warehouse.", ""),
    ("Keep going until you see the blue screen, then press enter.", ""),
    ("Please don't unplug the router during the update.", ""),
    ("That makes sense, I'll note it on the account.", ""),
    ("That's great, the payment has gone through.", ""),
    ("That's a hard reset, which wipes your saved settings.", ""),
    ("It sounds like the router is overheating.", ""),
    ("This can be difficult to find in the app, it's under Settings.", ""),
    ("I can see why the payment failed: the card expired last month.", ""),
    ("I know how to fix this, give me two minutes.", ""),
    ("Thanks for nothing, I'll take my business elsewhere.", ""),
    # --- peer support and casual comments ---
    ("Sending you a big hug, this too shall pass.", "F"),
    ("Ugh, I've been there, it's the worst.", "F"),
    ("That's rough man, hope your week gets better.", "F"),
    ("I'm really sorry you're going through this.", "F"),
    ("You're not alone in feeling like this.", "F"),
    ("It sounds like you've been carrying a lot on your own.", "F"),
    ("Honestly that would make me furious too.", "F"),
    ("My condolences to you and your family.", "F"),
    ("Wow, that's a lot to deal with at once.", "F"),
    ("lol thanks, you made my day", "A"),
    ("Thank you for posting this, I needed to hear it today.", "A"),
    ("This made me laugh, thanks for sharing.", "A"),
    ("I'm sorry for what I said yesterday, I was out of line.", "P"),
    ("I regret not listening to my brother about that car.", "P"),
    ("I feel terrible for snapping at you earlier.", "P"),
    ("Have you tried talking to your GP about it?", ""),
    ("Idk man, just restart it.", ""),
    ("Sorry, what?", ""),
    ("You don't owe anyone an apology for setting boundaries.", ""),
    ("Oh great, thanks for losing my bag again.", ""),
    # --- written after the first round of changes, measured blind (A 0.938, P 0.882,
    # F 0.667) before the second ---
    ("Thank you ever so much for waiting while I spoke to the courier.", "A"),
    ("I'm really thankful you caught that before it posted.", "A"),
    ("We really do appreciate your loyalty over the years.", "A"),
    ("Thanks for hanging in there with us today.", "A"),
    ("Cheers, that's the meter reading logged.", "A"),
    ("Thanks loads, I've got everything I need to raise the claim.", "A"),
    ("Appreciate the quick reply!", "A"),
    ("Your help with the photos was much appreciated.", "A"),
    ("hey thanks a bunch for trying that, uh, one more time", "A"),
    ("Thank you, Mr Okafor, your booking is confirmed.", "A"),
    ("Thanks for the patience, I know it's been a long call.", "AF"),
    ("Thanks for putting up with all the transfers today, I know that's been maddening.", "AF"),
    ("Thanks, but I'll need the serial number before I can book the repair.", "A"),
    ("No thank you necessary, it's my job.", ""),
    ("I'd be grateful if you could keep the old unit for collection.", ""),
    ("Thanks to a fault at the depot, your parcel is a day behind.", ""),
    ("Please pass on our thanks to your neighbour for taking it in.", "A"),
    ("We're sorry for the disruption to your service this morning.", "P"),
    ("I'm sorry, that's completely on me, I booked the wrong date.", "P"),
    ("Apologies, I've just seen the second email you sent.", "P"),
    ("We owe you an apology for how long this has dragged on.", "P"),
    ("Sorry for the back and forth, I've got the right team now.", "P"),
    ("It was our error and we've refunded the charge.", "P"),
    ("Please excuse the delay, our systems were down overnight.", "P"),
    ("Sorry, I put you through to the wrong department earlier.", "P"),
    ("I'm sorry we didn't get back to you when we said we would.", "P"),
    ("That's not good enough from us, and I apologise.", "P"),
    ("Sorry, can I just put you on hold for a moment?", ""),
    ("Sorry, which card would you like to use?", ""),
    ("I'm sorry, but the warranty doesn't cover accidental damage.", ""),
    ("I'm sorry if you feel we haven't been clear.", ""),
    ("Sorry, the line is really crackly, could you say that again?", ""),
    ("No apology needed, these things happen.", ""),
    ("I can only imagine how stressful moving house without internet must be.", "F"),
    ("That sounds like a really frustrating morning.", "F"),
    ("Oh dear, what a horrible end to your holiday.", "F"),
    ("You're right to be annoyed, that's not how it should work.", "F"),
    ("I can understand why you're anxious about the payment.", "F"),
    ("Being left without hot water for a week is awful, I'm so sorry.", "PF"),
    ("I'm sorry you've had such a frustrating experience with us.", "PF"),
    ("Completely understand your frustration, I'd feel exactly the same.", "F"),
    ("I know this isn't the news you were hoping for.", "F"),
    ("It must be worrying not knowing when the money will arrive.", "F"),
    ("I'm sorry to hear you've been unwell.", "F"),
    ("That's so upsetting, especially with the kids at home.", "F"),
    ("I'm really sorry, I know how much you were relying on that delivery.", "PF"),
    ("I totally get it, nobody wants to spend their Saturday on hold.", "F"),
    ("I understand the meter is in the garage, is that right?", ""),
    ("I can see the payment came out on the third.", ""),
    ("Hold tight, I'm just checking with the engineer.", ""),
    ("That's perfect, the new card is on its way.", ""),
    ("It sounds like the fuse has tripped.", ""),
    ("It must be a problem with the SIM rather than the handset.", ""),
    ("Don't forget to bring your passport to the desk.", ""),
    ("That's a tough one to answer without the order number.", ""),
    ("Sounds good, I'll email the form over now.", ""),
    ("You can find the returns label under My Orders.", ""),
    ("ugh that's the worst, hope the new place treats you better", "F"),
    ("I'm so glad you reached out, you don't have to face this alone.", "F"),
    ("Sorry for rambling, it's been a long night.", "P"),
    ("thanks for this, it honestly helped more than you know", "A"),
    ("That's hilarious, thanks for the laugh", "A"),
    ("my fault, I read the thread wrong", "P"),
    ("Good to know, I'll try that tomorrow.", ""),
    ("Anyone know if the update fixes the battery drain?", ""),
]

BEHAVIOURS = {"A": "expresses_appreciation", "P": "apologises", "F": "acknowledges_feelings"}

#: F1 on FRESH that a change must not drop below.
FLOORS = {"A": 0.95, "P": 0.97, "F": 0.97}


def fresh_f1(flag: str) -> float:
    """F1 of one behaviour's detector on FRESH."""
    behaviour = BEHAVIOURS[flag]
    tp = fp = fn = 0
    for text, flags in FRESH:
        found = bool(detect(text, "", behaviours=(behaviour,)))
        expected = flag in flags
        tp += found and expected
        fp += found and not expected
        fn += expected and not found
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


@pytest.mark.parametrize("flag", BEHAVIOURS, ids=BEHAVIOURS.values())
def test_fresh_lines_stay_above_the_floor(flag: str) -> None:
    assert fresh_f1(flag) >= FLOORS[flag]


def test_the_fresh_set_is_labelled_with_known_flags() -> None:
    assert all(set(flags) <= set(BEHAVIOURS) for _, flags in FRESH)
    assert len({text for text, _ in FRESH}) == len(FRESH)
