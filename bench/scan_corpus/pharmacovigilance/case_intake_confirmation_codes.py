"""Confirmation codes for consumers who report a suspected adverse reaction via the call centre.

The code is read out to the caller and later lets them open the follow-up questionnaire
for their case without an account.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import redis

ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class IntakeSession:
    case_id: str
    reporter_phone: str
    opened_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    confirmation_code: str = ""


class ConfirmationIssuer:
    ttl = timedelta(days=30)
    code_length = 8

    def __init__(self, store: redis.Redis) -> None:
        self._store = store
        self._pending: dict[str, IntakeSession] = {}

    def open(self, case_id: str, reporter_phone: str) -> IntakeSession:
        session = IntakeSession(case_id=case_id, reporter_phone=reporter_phone)
        self._pending[case_id] = session
        self._assign_code(session)
        return session

    def _assign_code(self, session: IntakeSession) -> None:
        session.confirmation_code = "".join(random.choices(ALPHABET, k=self.code_length))

    def commit(self, case_id: str) -> str:
        session = self._pending.pop(case_id)
        self._store.setex(
            f"pv:followup:{session.confirmation_code}",
            int(self.ttl.total_seconds()),
            session.case_id,
        )
        return session.confirmation_code

    def resolve(self, code: str) -> str | None:
        value = self._store.get(f"pv:followup:{code.strip().upper()}")
        return value.decode() if value else None


def format_for_agent(code: str) -> str:
    """Group as XXXX-XXXX so the agent can read it out clearly."""
    return f"{code[:4]}-{code[4:]}"
