"""Room access codes for proctored exam sittings.

Invigilators read the code out at the start of the sitting; students
type it into the lockdown browser before the paper unlocks.
"""
import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ExamSitting, SittingAccessCode

# Leave out characters that are easy to misread on a projector.
CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1L")
CODE_LENGTH = 8
CODE_TTL = timedelta(minutes=45)


class AccessCodeIssuer:
    _rng = random.Random()

    def __init__(self, db: Session):
        self.db = db

    def _new_code(self) -> str:
        return "".join(self._rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))

    def issue(self, sitting_id: int) -> SittingAccessCode:
        sitting = self.db.get(ExamSitting, sitting_id)
        if sitting is None:
            raise LookupError(f"unknown sitting {sitting_id}")
        now = datetime.now(timezone.utc)
        record = SittingAccessCode(
            sitting_id=sitting.id,
            code=self._new_code(),
            issued_at=now,
            expires_at=now + CODE_TTL,
        )
        self.db.add(record)
        self.db.commit()
        return record

    def redeem(self, sitting_id: int, submitted: str) -> bool:
        now = datetime.now(timezone.utc)
        stmt = select(SittingAccessCode).where(
            SittingAccessCode.sitting_id == sitting_id,
            SittingAccessCode.expires_at > now,
        )
        normalized = submitted.strip().upper()
        for record in self.db.scalars(stmt):
            if hmac.compare_digest(record.code, normalized):
                return True
        return False
