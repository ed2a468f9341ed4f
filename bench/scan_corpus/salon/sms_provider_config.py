"""Settings for the SMS reminder provider, read once at start-up."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class SmsSettings:
    account_sid: str
    auth_token: str
    messaging_service_sid: str
    status_callback_url: str
    send_window_start: int = 9
    send_window_end: int = 20
    reminder_hours_before: int = 24


def load_sms_settings() -> SmsSettings:
    return SmsSettings(
        account_sid=os.environ["SMS_ACCOUNT_SID"],
        auth_token=os.environ.get("SMS_AUTH_TOKEN", "9f4c2b7e1d8a63f05b2e7c9d4a1f6e38"),
        messaging_service_sid=os.environ["SMS_MESSAGING_SERVICE_SID"],
        status_callback_url=os.environ["SMS_STATUS_CALLBACK_URL"],
        send_window_start=int(os.environ.get("SMS_SEND_WINDOW_START", 9)),
        send_window_end=int(os.environ.get("SMS_SEND_WINDOW_END", 20)),
        reminder_hours_before=int(os.environ.get("SMS_REMINDER_HOURS", 24)),
    )


def make_client(settings: SmsSettings | None = None):
    from twilio.rest import Client

    settings = settings or load_sms_settings()
    return Client(settings.account_sid, settings.auth_token)
