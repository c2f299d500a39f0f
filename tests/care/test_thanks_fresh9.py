"""A ninth fresh check for `expresses_appreciation`, written in the ninth round (24
November 2026, seventh session) in registers the earlier checks left thin: e-mail
sign-offs ("Many thanks,\\nTom"), app-store review replies, gaming-support forums,
pharmacy and clinic chats, counselling sessions and peer-support chat. Each block was
labelled by hand before any detector read it, with the conventions of the earlier checks
(`test_thanks_apologies_fresh8.py`): thanks aimed at anyone counts, whoever says it (a
customer's "Thanks!! That fixed the lag" too); sarcasm, cause ("thanks to the update"),
refusals, requests, a concession before a no ("I appreciate that you're frustrated,
but…"), reported, quoted or conditional thanks, and gratitude talked about do not.

First reads (F1 with precision and recall) and the read of the session's starting rules
(commit 942779b) of the same block:

- first block (62 rows): 0.939 (P 0.89, R 1.00); the same by the starting rules. Its
  misses were all look-alikes: sarcastic thanks for a harm ("thanks for the ban",
  "thanks for wiping my save file"), gratitude as a topic ("notice what you're grateful
  for") and thanks deferred ("don't thank me yet"). Decided: thanks for a harm is read
  by structure, not by a list of harms: a word of strong negative valence in the
  feelings vocabulary as a noun that ends the thanks ("for the ban,") or as an -ing verb
  done to the speaker ("for wrecking my…"); gratitude in a wh- or relative clause whose
  subject is not the speaker ("what you're thankful for", "what your kids appreciate")
  and "don't thank me yet / until…" are not thanks. After: 0.984 (P 0.97, R 1.00); left:
  "thanks for wiping my save file" (wipe carries no valence). Dev 0.934 unchanged; the
  1,977 rows of the earlier checks 1,947 -> 1,948 right.
- second block (62 rows, the same registers), written after that: 0.901 (P 0.82, R
  1.00); the same by the starting rules: recall held again, and the look-alikes were
  new kinds. Decided: a concession before a no with "however" / "although" /
  "unfortunately" as well as "but" ("we appreciate that the wait was long; however…"),
  and "appreciate you <finite verb>…, but" ("I appreciate you want a refund, but…";
  "I appreciate you waiting, but…" stays thanks); thanks meant and not said ("I wanted
  to say thanks but couldn't…"); gratitude or thanks questioned ("why should I be
  grateful for…?", "why would we thank you?"). After: 0.955 (P 0.91, R 1.00). Left:
  sarcasm whose harm carries no valence and no other cue ("cheers for resetting my
  progress, I'm uninstalling", "thanks for nerfing my main AGAIN", "thanks for the
  twelve-hour maintenance window… Great planning."): "thanks for resetting my password"
  is the same shape and sincere. Dev 0.934 unchanged; the earlier checks as after the
  first block.
- third block (61 rows), written after that and read once for the estimate: 0.899 (P
  0.82, R 1.00); the starting rules 0.873 (P 0.78): two of its look-alikes were kinds
  the second block's fixes had reached ("appreciate that you've waited, although…",
  "journaling what you're thankful for"), seven were not. Three of those were then
  mended by kind: gratitude asked about with the verb first ("are you grateful for…?"),
  "he'd / she'd thank you to…", "I'd be grateful for a / any…" (a request). After:
  0.939; the 1,977 rows of the earlier checks 1,949 right (one more: "I'd be thankful
  for any pointers" is a request). Left: sarcasm with no cue, or with a harm the
  vocabulary lacks ("thanks for the crash on every boss fight", "thanks for charging me
  for a prescription that was never ready", "thanks for logging me out mid-match") and
  "my appreciation for this game died…" (appreciation as a topic).

Recall was 1.00 on every first read; the losses were look-alikes, mostly sarcasm. The
development split cannot measure these kinds (its look-alikes are few), so each change
was checked to leave every dev row and every earlier check's row as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_thanks_apologies_fresh2 import assert_kind_reads, assert_labelled_block

#: (line, "A" when it shows appreciation), labelled before any read.
FIRST_BLOCK: list[tuple[str, str]] = [
    # Thanks: e-mail sign-offs, app-store review replies, gaming-support forums,
    # pharmacy and clinic chats, counselling sessions and peer-support chat.
    (
        "Thanks again for bearing with us while the pharmacy system was down. Kind regards, Priya",
        "A",
    ),
    ("Many thanks,\nTom\nClinic Reception", "A"),
    ("Thanks,\nDana | Customer Care", "A"),
    (
        "Hi Jess, thank you so much for the five stars! We're thrilled the budgeting app"
        " works for you.",
        "A",
    ),
    (
        "Thanks for taking the time to leave a review, Marco; your note about dark mode has"
        " gone to our designers.",
        "A",
    ),
    ("GG and thanks for the detailed bug report, it helped us reproduce the crash.", "A"),
    ("Appreciate you posting your logs, that's exactly what we needed.", "A"),
    ("Thanks for flagging this, commander. The server rollback is scheduled for 14:00 UTC.", "A"),
    ("Thank you for holding, Mrs Okafor, I've got your prescription up now.", "A"),
    ("Thanks for confirming your date of birth.", "A"),
    ("I really appreciate you being so open about how the week went.", "A"),
    ("Thank you for sharing that with me; I know it isn't easy to talk about.", "A"),
    ("Honestly, thank you for checking in on me tonight.", "A"),
    ("sending hugs and thanks for listening, it really helped", "A"),
    ("We're grateful you chose us for your repeat prescriptions.", "A"),
    ("Thanks so much for your understanding while we restock the inhalers.", "A"),
    ("Best wishes and thanks once more,\nDr Hale's secretary", "A"),
    ("With thanks,\nAccounts Team", "A"),
    ("Thanks in advance for sending the photos over.", "A"),
    ("Cheers for the patience lads, patch 2.3.1 is live now.", "A"),
    ("Big thanks to everyone who sent crash dumps this week!", "A"),
    ("Much appreciated, I'll let the pharmacist know you're on your way.", "A"),
    ("Thank you, that's really helpful to know.", "A"),
    ("We really value your feedback and have shared it with the dev team.", "A"),
    ("Thanks for sticking with the game through a rough launch.", "A"),
    ("I appreciate that, and I'll make sure it's noted on your file.", "A"),
    ("ty for the quick reply mod", "A"),
    ("Thank you for being so patient with the booking system today.", "A"),
    ("I'm thankful you reached out when you did.", "A"),
    ("Thanks for your kind words about our nurses, we'll pass them on.", "A"),
    ("Thanks!! That fixed the lag completely.", "A"),
    # Look-alikes and neutral lines in the same registers.
    ("Thanks to the new anti-cheat update, half the lobby can't connect.", ""),
    ("Thanks for nothing, support. Three tickets and no reply.", ""),
    ("Oh great, thanks for wiping my save file.", ""),
    ("No thanks, I don't need a reminder text.", ""),
    ("Please collect your prescription within 14 days.", ""),
    ("The clinic will text you when your results are back.", ""),
    ("Your review has been forwarded to our product team.", ""),
    ("I'd appreciate it if you could send the receipt by Friday.", ""),
    ("I appreciate that you're frustrated, but the refund window has closed.", ""),
    ("She said thanks and hung up before I could explain.", ""),
    ("The customer wrote: 'thanks in advance for fixing this today'.", ""),
    ("If you'd fixed it the first time I might have thanked you.", ""),
    ("Thank god the pharmacy was still open.", ""),
    ("Welcome to the Frostline support forum! Please read the pinned rules before posting.", ""),
    ("Kind regards,\nDana", ""),
    ("Your appointment is confirmed for Tuesday at 9:40.", ""),
    ("It might help to notice what you're grateful for each evening.", ""),
    ("Do you ever feel like nobody appreciates what you do at home?", ""),
    ("That must have been exhausting.", ""),
    ("We do not accept returns of opened medication.", ""),
    ("Sorry for the wait, the queue is long this morning.", ""),
    ("Could you tell me which pharmacy you usually use?", ""),
    ("GG everyone, see you next season.", ""),
    ("Don't thank me yet, the fix isn't live until tonight.", ""),
    ("Thanks, but no thanks. I'll find another clinic.", ""),
    ("I'd be grateful if you stopped emailing me.", ""),
    ("A thank-you note from the ward is pinned on the board.", ""),
    ("Lol thanks for the ban, really fair moderation.", ""),
    ("Have a restful bank holiday weekend!", ""),
    ("We regret that the update removed your saved loadouts.", ""),
    ("How have the night sweats been since we last spoke?", ""),
]

#: Written after the first block's changes, labelled before any read.
SECOND_BLOCK: list[tuple[str, str]] = [
    ("Thank you for choosing Brightwell Pharmacy.\nWarm regards,\nThe dispensary team", "A"),
    ("Many thanks for your swift reply, it's much appreciated.\nBest,\nOwen", "A"),
    (
        "Thanks ever so much for the lovely review, Brenda! The whole surgery team was"
        " delighted to read it.",
        "A",
    ),
    (
        "We appreciate you taking a moment to rate Tidy Budget. Your idea about widgets is"
        " on our list.",
        "A",
    ),
    ("Thanks for the patience while we investigated the matchmaking bug, Guardians.", "A"),
    ("Huge thanks to the players who helped us test the new raid over the weekend.", "A"),
    ("Appreciate the repro steps, we've escalated to QA.", "A"),
    ("Thank you for taking the time to speak with me today, Mr Patel.", "A"),
    ("Thanks for letting us know about the side effects; I've added a note for the GP.", "A"),
    ("Thank you for coming back this week. I know it took some effort to get here.", "A"),
    ("I appreciate your honesty about the slip on Saturday.", "A"),
    ("thank u for always replying, even at 3am", "A"),
    ("you're a gem for checking in, honestly", "A"),
    ("Thank you for your trust in us with your mum's care.", "A"),
    ("We're really grateful for your patience with the phone lines this morning.", "A"),
    ("ta for the quick turnaround on the repeat script", "A"),
    ("Thanks a million, the voucher code worked!", "A"),
    ("Much obliged for the quick fix, devs.", "A"),
    ("Thank you kindly for the update on your recovery.", "A"),
    ("Really appreciated your message yesterday, it got me through the night.", "A"),
    ("Thanks for being here, everyone. Tonight's group is a safe space.", "A"),
    ("We want to thank you for being a customer for over ten years.", "A"),
    ("Your patience has been fantastic, thank you.", "A"),
    ("Thank you for playing Starhold, Commander, and for the 5-star review!", "A"),
    ("Thx for the heads-up about the login queue", "A"),
    ("Grateful for you sharing that, it takes courage.", "A"),
    ("Thank you once again for your custom.", "A"),
    (
        "Hi Rae, thanks for the honest feedback; we hear you about the ads and we're"
        " working on it.",
        "A",
    ),
    ("I really value you being so open with me in these sessions.", "A"),
    ("Big thank you to the night pharmacist who stayed late for me!", "A"),
    ("Thank you for your order! Your tracking number is 5541.", "A"),
    ("Congrats on 30 days sober!", "A"),
    ("Thanks for the 'support', three days on and I'm still locked out.", ""),
    ("Thanks for deleting my account without asking, brilliant service.", ""),
    ("Thanks for the twelve-hour maintenance window during the event. Great planning.", ""),
    ("Cheers for resetting my progress, I'm uninstalling.", ""),
    ("We appreciate that the wait was long; however, clinic times can't be changed.", ""),
    ("I appreciate you want a refund, but the terms are clear.", ""),
    ("Please remember to thank your pharmacist.", ""),
    ("My son never thanks anyone for anything.", ""),
    ("Being thankful is hard when everything hurts.", ""),
    ("Gratitude exercises never worked for me.", ""),
    ("She was thankful the nurse came quickly.", ""),
    ("Thanks to the outage, none of my prescriptions went through.", ""),
    ("Sure, thank the bots for ruining ranked.", ""),
    ("I'd appreciate a straight answer this time.", ""),
    ("We would appreciate it if you could keep your replies civil.", ""),
    ("Please hold while I check the stock.", ""),
    ("The app will restart after the update installs.", ""),
    ("Can you tell me when the headaches started?", ""),
    ("You are welcome to bring a friend to the session.", ""),
    ("Welcome back, Ash. How was the week?", ""),
    ("Good luck with the exams, you've got this.", ""),
    ("Thankfully the pharmacy had one box left.", ""),
    ("Your thanks have been passed on to Dr Ames.", ""),
    ("I wanted to say thanks but couldn't find the words.", ""),
    ("No thank you, I'll wait for the GP.", ""),
    ("Why should I be grateful for a reply after three weeks?", ""),
    ("The team's appreciation night is on Friday.", ""),
    ("Not even a thank-you from the manager after all that overtime.", ""),
    ("Hope the new dose settles soon.", ""),
    ("lol thanks for nerfing my main AGAIN", ""),
]

#: Written after the second block's changes, labelled before any read, read once.
THIRD_BLOCK: list[tuple[str, str]] = [
    ("Thank you for your message, Ms Byrne.\nKind regards,\nOutpatients", "A"),
    ("Appreciate your patience on this one. Cheers, Liam", "A"),
    ("Thanks so much, Nadia! Glad the reminders are helping you keep on top of your meds.", "A"),
    (
        "Thank you for the thoughtful review. Your comments on the sleep timer are with our team.",
        "A",
    ),
    ("Thanks for hopping into the support channel, we'll get your rank restored.", "A"),
    ("Props to you for posting the full crash log, that saved us hours.", "A"),
    ("Thanks for your cooperation during the server migration, everyone.", "A"),
    ("Thank you for calling the repeat prescription line.", "A"),
    ("I'm grateful you told me about the panic attacks.", "A"),
    ("thank you for being a safe person to talk to 💛", "A"),
    ("cheers for listening to my rant last night x", "A"),
    ("We're thankful for every one of our members.", "A"),
    ("Thank you, Doctor, that puts my mind at rest.", "A"),
    ("Many thanks for returning the consent form so promptly.", "A"),
    ("Thanks for bearing with me while I check the dosage.", "A"),
    ("Really appreciate the tip about the frame cap, fixed my stutter.", "A"),
    ("Thanks for your loyalty over the years, Gwen.", "A"),
    ("Thanks heaps for the quick refund on the skin bundle!", "A"),
    ("You've been so patient with all my questions, thank you.", "A"),
    ("I appreciate you sharing something so personal.", "A"),
    ("thx, you're a legend", "A"),
    ("Thank you for reporting the exploit responsibly.", "A"),
    ("We appreciate your understanding as we update our opening hours.", "A"),
    ("Thanks for checking in, I'm doing a bit better today.", "A"),
    ("Warmest thanks,\nThe Harbourside Clinic team", "A"),
    ("Thank you for the kind words about Nurse Ellis, she'll be thrilled.", "A"),
    ("Thanks for helping me see it differently.", "A"),
    ("A big thank you for trusting us with your prescriptions.", "A"),
    ("Thanks mate, that did the trick.", "A"),
    ("We appreciate you taking part in the beta.", "A"),
    ("Thanks for the reply, but it doesn't answer my question.", "A"),
    ("Thanks for the crash on every boss fight, very polished game.", ""),
    ("Thanks for charging me for a prescription that was never ready.", ""),
    ("Oh wonderful, thanks for logging me out mid-match.", ""),
    ("We appreciate that you've waited, although we can't see you today.", ""),
    ("I appreciate you feel let down, but the clinic is fully booked.", ""),
    ("She thanked the pharmacist and left.", ""),
    ("He'd thank you to stop calling him at work.", ""),
    ("Thanks to a server fault, the tournament is postponed.", ""),
    ("Journaling what you're thankful for can lift your mood.", ""),
    ("Nobody ever thanks the cleaners.", ""),
    ("I'd be grateful for a call back before noon.", ""),
    ("Welcome to the Harbourside patient portal.", ""),
    ("Your refill is ready for collection.", ""),
    ("Please don't share your account details with anyone.", ""),
    ("Are you grateful for the support you've had?", ""),
    ("It sounds like you feel unappreciated at home.", ""),
    ("Thanks but I'll pass on the survey.", ""),
    ("Thank heavens the results came back clear.", ""),
    ("My appreciation for this game died with the last patch.", ""),
    ("The thank-you letter from the ward made her cry.", ""),
    ("I'd thank them if they ever answered the phone.", ""),
    ("See you at next week's group.", ""),
    ("That's a lot to carry on your own.", ""),
    ("We're sorry the update broke your controller layout.", ""),
    ("Which day suits you for the follow-up?", ""),
    ("Not grateful for the extra fees, I can tell you.", ""),
    ("You should be thankful they refunded you at all.", ""),
    ("Gee, thanks for the three-hour queue.", ""),
    ("Keep up the physio exercises and you'll be back on the pitch soon.", ""),
    ("Hope the new glasses help!", ""),
]

#: block -> (precision, recall, F1) that a change must not drop below.
FLOORS: dict[str, tuple[float, float, float]] = {
    "first": (0.95, 0.97, 0.96),
    "second": (0.88, 0.97, 0.93),
    "third": (0.86, 0.97, 0.92),
}
BLOCKS = {"first": FIRST_BLOCK, "second": SECOND_BLOCK, "third": THIRD_BLOCK}


@pytest.mark.parametrize("block", list(FLOORS))
def test_each_block_keeps_its_floor(block: str) -> None:
    assert_labelled_block(BLOCKS[block], "A", FLOORS[block])


def repeated_lines(blocks: dict[str, list[tuple[str, str]]], *earlier: str) -> list[str]:
    """The lines of `blocks` that stand twice in them or in a test file of this folder
    matching one of the `earlier` patterns (shared with the later thanks checks)."""
    here = Path(__file__).parent
    seen = "\n".join(
        path.read_text(encoding="utf-8") for pattern in earlier for path in here.glob(pattern)
    )
    lines = [text for block in blocks.values() for text, _ in block]
    return [text for i, text in enumerate(lines) if text in seen or text in lines[:i]]


def test_no_line_repeats_one_of_an_earlier_check() -> None:
    assert repeated_lines(BLOCKS, "test_thanks_apologies_fresh*.py") == []


#: One sentence for each kind this round decided, read alone:
#: kind -> (sentence, whether it shows appreciation).
KINDS: dict[str, tuple[str, bool]] = {
    # First block.
    "gratitude as a topic": (
        "Try writing down three things you're thankful for before bed.",
        False,
    ),
    "what someone else appreciates": (
        "Think about what your kids appreciate most about you.",
        False,
    ),
    "the speaker's own gratitude in a wh-clause": (
        "What I'm most grateful for is how calm you stayed.",
        True,
    ),
    "thanks deferred": ("Don't thank us until the parcel actually arrives.", False),
    "thanks for a harm named as a noun": ("Cheers for the insult, very professional.", False),
    "thanks for a harm done to the speaker": ("Thanks for wrecking my weekend plans.", False),
    "thanks for dumbing it down": ("Thanks for dumbing it down for me!", True),
    "a harm word inside a compound": (
        "Thanks for the crash report, it's with the developers.",
        True,
    ),
    "thanks for a warning": ("Thanks for the warning about the ice on the steps.", True),
    "thanks for telling us of a harm": (
        "Thanks for telling us about the fraud on your card.",
        True,
    ),
    # Second block.
    "a concession with however": (
        "I appreciate that the form is long; however, every section is required.",
        False,
    ),
    "a concession with a finite verb": (
        "We appreciate you expected it sooner, but the courier sets the dates.",
        False,
    ),
    "thanks for waiting before a but": (
        "I appreciate you waiting, but I need to transfer you now.",
        True,
    ),
    # Revised in the tenth round (`test_thanks_fresh10.py`): before a refusal it concedes.
    "appreciate that, but": ("I appreciate that, but you really didn't have to.", True),
    "appreciate that, but a refusal": ("I appreciate that, but the fee still applies.", False),
    "thanks meant and not said": (
        "I meant to say thank you at the desk but I didn't get the chance.",
        False,
    ),
    "thanks meant and said": ("I just wanted to say thanks for everything.", True),
    "gratitude questioned": ("Am I supposed to feel grateful for a voucher?", False),
    "thanks questioned": ("Why would we thank you for that?", False),
    "thanks that cannot be enough": ("How can I ever thank you enough?", True),
    # Third block, after its read.
    "gratitude asked about": ("Aren't you thankful the bus came at all?", False),
    "someone else's 'I'd thank you to'": ("She'd thank you to keep your voice down.", False),
    "gratitude as a request": ("We'd be very grateful for any photos of the damage.", False),
    "gratitude for what was sent": ("We're very grateful for your photos of the damage.", True),
}


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_reads_as_decided(kind: str) -> None:
    assert_kind_reads(KINDS[kind][0], "A", KINDS[kind][1])
