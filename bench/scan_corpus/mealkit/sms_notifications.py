"""SMS notifications for delivery-day updates (out for delivery, ETA changes)."""
from __future__ import annotations

import logging
import os

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

log = logging.getLogger(__name__)

SMS_ACCOUNT_SID = os.environ["SMS_ACCOUNT_SID"]
SMS_AUTH_TOKEN = os.environ.get("SMS_AUTH_TOKEN", "9c41f07e2ab35d68e1f4b09a7d3c52e8")
SMS_SENDER = os.environ.get("SMS_SENDER", "MealKit")

TEMPLATES = {
    "out_for_delivery": "Your box is on its way! Track it here: {tracking_url}",
    "eta_changed": "Update: your box should now arrive between {window}.",
    "delivered": "Your box has been delivered. Enjoy cooking!",
}

_client: Client | None = None


def _get_client() -> Client:
    global _client
    if _client is None:
        _client = Client(SMS_ACCOUNT_SID, SMS_AUTH_TOKEN)
    return _client


def send_delivery_sms(phone: str, template: str, **fields: str) -> str | None:
    body = TEMPLATES[template].format(**fields)
    try:
        message = _get_client().messages.create(to=phone, from_=SMS_SENDER, body=body)
    except TwilioRestException as exc:
        log.warning("sms %s failed with status %s", template, exc.status)
        return None
    return message.sid
