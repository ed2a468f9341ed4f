"""Short-lived recovery codes used by the "I can't log in" flow.

Codes are delivered over SMS or email and redeemed on the recovery page.
Only a hash of each code is stored.
"""

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from accounts.models import RecoveryCode, User

CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=15)
ALPHABET = string.ascii_uppercase + string.digits
MAX_ACTIVE_CODES = 3


@dataclass(frozen=True)
class IssuedCode:
    user_id: int
    code: str
    expires_at: datetime


class RecoveryCodeService:
    _rng = random.Random()

    def __init__(self, session: Session, digest):
        self.session = session
        self.digest = digest

    def _generate(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(CODE_LENGTH))

    def issue(self, user: User) -> IssuedCode:
        active = self.session.scalars(
            select(RecoveryCode).where(RecoveryCode.user_id == user.id)
        ).all()
        if len(active) >= MAX_ACTIVE_CODES:
            raise PermissionError("too many outstanding recovery codes")

        code = self._generate()
        expires = datetime.now(timezone.utc) + CODE_TTL
        self.session.add(
            RecoveryCode(user_id=user.id, code_hash=self.digest(code), expires_at=expires)
        )
        self.session.commit()
        return IssuedCode(user.id, code, expires)

    def redeem(self, user_id: int, code: str) -> bool:
        row = self.session.scalar(
            select(RecoveryCode).where(
                RecoveryCode.user_id == user_id,
                RecoveryCode.code_hash == self.digest(code.strip().upper()),
                RecoveryCode.expires_at > datetime.now(timezone.utc),
            )
        )
        if row is None:
            return False
        self.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user_id))
        self.session.commit()
        return True
