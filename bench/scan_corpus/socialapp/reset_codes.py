"""Numeric verification codes for phone-based account recovery."""

import hashlib
import hmac
import os
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from accounts.models import PhoneVerification

CODE_DIGITS = 6
CODE_TTL = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def _digest(code: str) -> str:
    pepper = os.environ["RECOVERY_CODE_PEPPER"].encode()
    return hmac.new(pepper, code.encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class PendingVerification:
    verification_id: int
    code: str
    expires_at: datetime


class PhoneRecoveryCodes:
    _rng = random.SystemRandom()

    def __init__(self, session: Session):
        self.session = session

    def _generate(self) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(CODE_DIGITS))

    def start(self, user_id: int, phone_e164: str) -> PendingVerification:
        code = self._generate()
        expires = datetime.now(timezone.utc) + CODE_TTL
        row = PhoneVerification(
            user_id=user_id, phone=phone_e164, code_hash=_digest(code), expires_at=expires, attempts=0
        )
        self.session.add(row)
        self.session.commit()
        return PendingVerification(row.id, code, expires)

    def check(self, verification_id: int, code: str) -> bool:
        row = self.session.scalar(select(PhoneVerification).where(PhoneVerification.id == verification_id))
        if row is None or row.expires_at < datetime.now(timezone.utc) or row.attempts >= MAX_ATTEMPTS:
            return False
        self.session.execute(
            update(PhoneVerification)
            .where(PhoneVerification.id == verification_id)
            .values(attempts=PhoneVerification.attempts + 1)
        )
        self.session.commit()
        return hmac.compare_digest(row.code_hash, _digest(code.strip()))
