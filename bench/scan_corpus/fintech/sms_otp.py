"""One-time passcodes for step-up authentication on outgoing wires."""
from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass

from notifications.sms import SmsGatewayError, send_sms

OTP_DIGITS = 6
OTP_TTL_SECONDS = 300
SEND_RETRIES = 3


@dataclass
class OtpChallenge:
    challenge_id: str
    code: str
    expires_at: float


def generate_otp(digits: int = OTP_DIGITS) -> str:
    return str(secrets.randbelow(10 ** digits)).zfill(digits)


def new_challenge() -> OtpChallenge:
    return OtpChallenge(
        challenge_id=secrets.token_urlsafe(16),
        code=generate_otp(),
        expires_at=time.time() + OTP_TTL_SECONDS,
    )


def deliver(challenge: OtpChallenge, phone_number: str) -> None:
    message = f"Your wire confirmation code is {challenge.code}. It expires in 5 minutes."
    for attempt in range(1, SEND_RETRIES + 1):
        try:
            send_sms(phone_number, message)
            return
        except SmsGatewayError:
            if attempt == SEND_RETRIES:
                raise
            # back off with jitter so retries from many workers don't line up
            time.sleep(0.5 * 2 ** attempt + random.uniform(0, 0.25))
