"""Booking confirmation codes and SMS delivery.

Patients quote the six-character code at reception or use it with their
surname to manage a booking online without logging in.
"""
import logging
import random
import secrets
import time

from booking.sms import SmsSendError, send_sms

log = logging.getLogger(__name__)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
SMS_ATTEMPTS = 4


def new_confirmation_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _backoff(attempt: int) -> float:
    # spread retries so a provider blip doesn't cause a thundering herd
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)


def send_confirmation(booking) -> bool:
    message = (
        f"Your eye test at {booking.branch_name} is booked for "
        f"{booking.starts_at:%a %d %b at %H:%M}. Ref {booking.confirmation_code}."
    )
    for attempt in range(SMS_ATTEMPTS):
        try:
            send_sms(booking.mobile, message)
            return True
        except SmsSendError as exc:
            log.warning("sms for booking %s failed (attempt %d): %s",
                        booking.id, attempt + 1, exc)
            time.sleep(_backoff(attempt))
    return False


def create_booking_code(booking_repo, booking) -> str:
    code = new_confirmation_code()
    while booking_repo.code_in_use(code):
        code = new_confirmation_code()
    booking_repo.set_code(booking.id, code)
    return code
