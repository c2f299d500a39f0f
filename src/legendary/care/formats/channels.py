"""Where a conversation happened: source-specific channel names mapped to `model.Channel`.

Each table is written from the vendor's documented values; a value that no table knows
raises `FormatError` listing the known ones, so a new vendor channel is noticed rather than
silently scored as the wrong kind of conversation.
"""

from __future__ import annotations

from collections.abc import Mapping

from legendary.care.model import Channel

#: Names accepted in our own JSONL/CSV: the canonical values plus common synonyms.
CANONICAL_CHANNELS: Mapping[str, Channel] = {
    **{channel.value: channel for channel in Channel},
    "e-mail": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "ticket": Channel.EMAIL,
    "web_form": Channel.EMAIL,
    "live_chat": Channel.CHAT,
    "messaging": Channel.CHAT,
    "sms": Channel.CHAT,
    "whatsapp": Channel.CHAT,
    "call": Channel.PHONE,
    "voice": Channel.PHONE,
    "telephone": Channel.PHONE,
    "twitter": Channel.SOCIAL,
    "facebook": Channel.SOCIAL,
    "instagram": Channel.SOCIAL,
    "in-person": Channel.IN_PERSON,
    "in person": Channel.IN_PERSON,
    "store": Channel.IN_PERSON,
    "walk_in": Channel.IN_PERSON,
}

#: Zendesk `ticket.via.channel` (via types). Tickets from forms, the API, e-mail and
#: automations are threads of written replies, which reads like e-mail.
ZENDESK_CHANNELS: Mapping[str, Channel] = {
    "email": Channel.EMAIL,
    "mail": Channel.EMAIL,
    "web": Channel.EMAIL,
    "web_form": Channel.EMAIL,
    "web_widget": Channel.EMAIL,
    "web_service": Channel.EMAIL,
    "api": Channel.EMAIL,
    "mobile": Channel.EMAIL,
    "mobile_sdk": Channel.EMAIL,
    "help_center": Channel.EMAIL,
    "rule": Channel.EMAIL,
    "batch": Channel.EMAIL,
    "merge": Channel.EMAIL,
    "closed_ticket": Channel.EMAIL,
    "side_conversation": Channel.EMAIL,
    "sample_ticket": Channel.EMAIL,
    "chat": Channel.CHAT,
    "chat_transcript": Channel.CHAT,
    "native_messaging": Channel.CHAT,
    "messaging": Channel.CHAT,
    "sms": Channel.CHAT,
    "text": Channel.CHAT,
    "whatsapp": Channel.CHAT,
    "line": Channel.CHAT,
    "wechat": Channel.CHAT,
    "telegram": Channel.CHAT,
    "voice": Channel.PHONE,
    "phone": Channel.PHONE,
    "phone_call_inbound": Channel.PHONE,
    "phone_call_outbound": Channel.PHONE,
    "voicemail": Channel.PHONE,
    "twitter": Channel.SOCIAL,
    "twitter_dm": Channel.SOCIAL,
    "twitter_favorite": Channel.SOCIAL,
    "facebook": Channel.SOCIAL,
    "facebook_post": Channel.SOCIAL,
    "facebook_message": Channel.SOCIAL,
    "instagram_dm": Channel.SOCIAL,
    "any_channel": Channel.SOCIAL,
}

#: Zendesk's numeric via ids, for the ones its via-types reference documents with a name
#: our table knows (the API sends names unless asked otherwise).
ZENDESK_VIA_IDS: Mapping[int, str] = {
    0: "web_form",
    4: "mail",
    5: "web_service",
    8: "rule",
    17: "web_form",  # the feedback tab, a web form
    19: "merge",
    20: "batch",
}

#: Intercom `conversation.source.type`.
INTERCOM_CHANNELS: Mapping[str, Channel] = {
    "conversation": Channel.CHAT,
    "chat": Channel.CHAT,
    "push": Channel.CHAT,
    "sms": Channel.CHAT,
    "whatsapp": Channel.CHAT,
    "email": Channel.EMAIL,
    "phone_call": Channel.PHONE,
    "phone_switch": Channel.PHONE,
    "facebook": Channel.SOCIAL,
    "instagram": Channel.SOCIAL,
    "twitter": Channel.SOCIAL,
}

#: Freshdesk's numeric ticket `source`, named as its API v2 reference lists them (newer
#: accounts only use 1, 2, 3, 7, 9 and 10; the others come from older exports).
FRESHDESK_SOURCE_IDS: Mapping[int, str] = {
    1: "email",
    2: "portal",
    3: "phone",
    4: "forum",
    5: "twitter",
    6: "facebook",
    7: "chat",
    8: "mobihelp",
    9: "feedback_widget",
    10: "outbound_email",
    11: "ecommerce",
    12: "bot",
    13: "whatsapp",
}

#: Freshdesk ticket sources by name. The portal, the feedback widget, the mobile SDK and
#: e-commerce tickets are threads of written replies, which reads like e-mail.
FRESHDESK_CHANNELS: Mapping[str, Channel] = {
    "email": Channel.EMAIL,
    "portal": Channel.EMAIL,
    "feedback_widget": Channel.EMAIL,
    "feedback widget": Channel.EMAIL,
    "outbound_email": Channel.EMAIL,
    "outbound email": Channel.EMAIL,
    "mobihelp": Channel.EMAIL,
    "ecommerce": Channel.EMAIL,
    "phone": Channel.PHONE,
    "chat": Channel.CHAT,
    "bot": Channel.CHAT,
    "whatsapp": Channel.CHAT,
    "forum": Channel.SOCIAL,
    "twitter": Channel.SOCIAL,
    "facebook": Channel.SOCIAL,
}

#: Chatwoot inbox channel types, as Chatwoot spells them. The API channel carries whatever
#: an integration relays, most often a chat, so it reads as chat.
CHATWOOT_CHANNEL_TYPES: Mapping[str, Channel] = {
    "Channel::WebWidget": Channel.CHAT,
    "Channel::Api": Channel.CHAT,
    "Channel::Whatsapp": Channel.CHAT,
    "Channel::TwilioSms": Channel.CHAT,
    "Channel::Sms": Channel.CHAT,
    "Channel::Telegram": Channel.CHAT,
    "Channel::Line": Channel.CHAT,
    "Channel::Email": Channel.EMAIL,
    "Channel::FacebookPage": Channel.SOCIAL,
    "Channel::Instagram": Channel.SOCIAL,
    "Channel::TwitterProfile": Channel.SOCIAL,
    "Channel::Voice": Channel.PHONE,
}
#: The same, lower-cased for `values.channel`'s case-insensitive lookup.
CHATWOOT_CHANNELS: Mapping[str, Channel] = {
    name.lower(): channel for name, channel in CHATWOOT_CHANNEL_TYPES.items()
}
