"""Verification codes for the claimant self-service status lookup."""
import hmac
import secrets
from datetime import datetime, timedelta, timezone

from .notifications import SmsGateway
from .store import OtpStore

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def _new_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


class ClaimLookupVerifier:
    def __init__(self, store: OtpStore, sms: SmsGateway):
        self._store = store
        self._sms = sms

    def start(self, claim_ref: str, phone_number: str) -> None:
        code = _new_code()
        self._store.save(
            claim_ref,
            code=code,
            expires_at=datetime.now(timezone.utc) + CODE_TTL,
            attempts=0,
        )
        self._sms.send(phone_number, f"Claim {claim_ref}: your verification code is {code}.")

    def verify(self, claim_ref: str, submitted: str) -> bool:
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
