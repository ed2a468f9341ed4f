"""Customer sign-off when an installation is complete.

Before the crew leaves site, the customer receives a six digit code by SMS
and reads it back to the installer, who enters it on the job sheet app to
confirm the sign was installed as drawn.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from signwriter.sms import send_sms

CODE_TTL = timedelta(minutes=15)
MAX_ATTEMPTS = 5


@dataclass
class SignoffChallenge:
    job_ref: str
    phone: str
    code: str
    issued_at: datetime
    attempts: int = 0
    confirmed: bool = False


class SignoffService:
    def __init__(self, store):
        self.store = store

    def start(self, job_ref: str, phone: str) -> SignoffChallenge:
        code = f"{secrets.randbelow(1_000_000):06d}"
        challenge = SignoffChallenge(job_ref, phone, code, datetime.now(timezone.utc))
        self.store.save(challenge)
        send_sms(phone, f"Your installation sign-off code for job {job_ref} is {code}")
        return challenge

    def confirm(self, job_ref: str, submitted: str) -> bool:
        challenge = self.store.latest_for(job_ref)
        if challenge is None or challenge.confirmed:
            return False
        if datetime.now(timezone.utc) - challenge.issued_at > CODE_TTL:
            return False
        if challenge.attempts >= MAX_ATTEMPTS:
            return False
        challenge.attempts += 1
        if challenge.code != submitted.strip():
            self.store.save(challenge)
            return False
        challenge.confirmed = True
        self.store.save(challenge)
        return True
