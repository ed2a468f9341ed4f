"""Pickup PINs sent by SMS when a customer redeems a loan online.

The PIN has to be entered at the counter when the item is collected. SMS
delivery goes through whatever provider client the caller passes in; retries
are spread out so a provider outage does not make every store retry at once.
"""
import hmac
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

PIN_DIGITS = 6
PIN_TTL = timedelta(minutes=15)
MAX_SEND_ATTEMPTS = 4


@dataclass
class PickupPin:
    ticket_no: str
    pin: str
    expires_at: datetime


def new_pin(ticket_no: str) -> PickupPin:
    pin = "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))
    return PickupPin(ticket_no, pin, datetime.now(timezone.utc) + PIN_TTL)


def send_pin(sms_client, phone: str, pin: PickupPin) -> bool:
    body = (
        f"Your pickup PIN for ticket {pin.ticket_no} is {pin.pin}. "
        "It expires in 15 minutes."
    )
    for attempt in range(MAX_SEND_ATTEMPTS):
        try:
            sms_client.send(to=phone, body=body)
            return True
        except ConnectionError:
            # exponential backoff with a little jitter
            time.sleep((2 ** attempt) + random.uniform(0, 1))
    return False


def check_pin(stored: PickupPin, submitted: str) -> bool:
    if datetime.now(timezone.utc) > stored.expires_at:
        return False
    return hmac.compare_digest(stored.pin, submitted.strip())
