"""One-time codes for claimants checking their claim status by SMS."""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from .sms import SmsGateway
from .store import OtpStore

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


class ClaimStatusOtp:
    def __init__(self, store: OtpStore, sms: SmsGateway):
        self._store = store
        self._sms = sms

    def issue(self, claim_ref: str, phone_number: str) -> None:
        code = "".join(random.choices(string.digits, k=CODE_LENGTH))
        expires_at = datetime.now(timezone.utc) + CODE_TTL
        self._store.save(claim_ref, code=code, expires_at=expires_at, attempts=0)
        self._sms.send(
            phone_number,
            f"Your verification code for claim {claim_ref} is {code}. It expires in 10 minutes.",
        )

    def confirm(self, claim_ref: str, submitted: str) -> bool:
        record = self._store.get(claim_ref)
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return False
        if record.attempts >= MAX_ATTEMPTS:
            return False
        self._store.increment_attempts(claim_ref)
        if hmac.compare_digest(record.code, submitted.strip()):
            self._store.delete(claim_ref)
            return True
        return False
