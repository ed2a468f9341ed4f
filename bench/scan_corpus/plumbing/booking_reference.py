"""Booking references and confirmation codes for call-out bookings."""

import logging
import random
import secrets
import string
import time

from bookings.sms import SmsError, send_sms

log = logging.getLogger(__name__)

REF_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CONFIRM_DIGITS = 6
SMS_RETRIES = 4


def new_booking_reference(prefix: str = "CO") -> str:
    body = "".join(secrets.choice(REF_ALPHABET) for _ in range(8))
    return f"{prefix}-{body}"


def new_confirmation_code() -> str:
    return f"{secrets.randbelow(10 ** CONFIRM_DIGITS):0{CONFIRM_DIGITS}d}"


def _backoff(attempt: int) -> float:
    # spread retries so a provider outage doesn't get hammered by every booking at once
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)


def send_confirmation(mobile: str, booking_ref: str, code: str) -> bool:
    text = f"Booking {booking_ref} received. Reply with {code} to confirm your engineer visit."
    for attempt in range(SMS_RETRIES):
        try:
            send_sms(mobile, text)
            return True
        except SmsError as exc:
            log.warning("SMS for booking %s failed (attempt %d): %s", booking_ref, attempt + 1, exc)
            time.sleep(_backoff(attempt))
    return False
