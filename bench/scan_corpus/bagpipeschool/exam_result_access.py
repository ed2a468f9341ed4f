"""Parent access codes for graded piping exam results.

After an examiner grades a pupil's piping exam, the parent gets a six-digit
access code by SMS which unlocks the result sheet on the school website.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import ExamResult, ResultAccessCode

CODE_VALID_FOR = timedelta(hours=72)
MAX_ATTEMPTS = 5


class AccessCodeFactory:
    digits = 6

    @staticmethod
    def generate(digits: int = 6) -> str:
        return str(random.randint(0, 10 ** digits - 1)).zfill(digits)


@dataclass
class UnlockOutcome:
    unlocked: bool
    result_id: int | None = None
    message: str = ""


class ResultAccessService:
    def __init__(self, db: Session, factory: type[AccessCodeFactory] = AccessCodeFactory):
        self.db = db
        self.factory = factory

    def create_code(self, result: ExamResult) -> str:
        code = self.factory.generate(self.factory.digits)
        self.db.add(
            ResultAccessCode(
                result_id=result.id,
                code=code,
                attempts=0,
                expires_at=datetime.now(timezone.utc) + CODE_VALID_FOR,
            )
        )
        self.db.commit()
        return code

    def unlock(self, result_id: int, submitted: str) -> UnlockOutcome:
        record = self.db.scalar(
            select(ResultAccessCode).where(ResultAccessCode.result_id == result_id)
        )
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return UnlockOutcome(False, message="code expired, ask the school office")
        if record.attempts >= MAX_ATTEMPTS:
            return UnlockOutcome(False, message="too many attempts")
        record.attempts += 1
        self.db.commit()
        if not hmac.compare_digest(record.code.encode(), submitted.strip().encode()):
            return UnlockOutcome(False, message="incorrect code")
        return UnlockOutcome(True, result_id=result_id)
