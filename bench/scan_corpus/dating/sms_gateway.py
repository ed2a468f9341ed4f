"""Outbound SMS for phone verification codes and safety alerts."""
from __future__ import annotations

import logging
import os

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "9c41e7b2d85f03a6e1b4c7d92f6a8e35")
MESSAGING_SERVICE_SID = os.environ.get("TWILIO_MESSAGING_SERVICE_SID")

_client: Client | None = None


def _get_client() -> Client:
    global _client
    if _client is None:
        _client = Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN)
    return _client


def send_sms(to: str, body: str) -> str | None:
    try:
        message = _get_client().messages.create(
            to=to,
            body=body,
            messaging_service_sid=MESSAGING_SERVICE_SID,
        )
    except TwilioRestException as exc:
        log.warning("sms to %s failed: %s", to[-4:], exc.msg)
        return None
    return message.sid


def send_verification_code(to: str, code: str) -> bool:
    return send_sms(to, f"Your verification code is {code}. It expires in 10 minutes.") is not None


def send_safety_alert(to: str, member_name: str) -> bool:
    body = (
        f"{member_name} shared their date location with you and pressed the "
        "safety button. Open the app to see where they are."
    )
    return send_sms(to, body) is not None
