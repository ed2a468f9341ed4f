"""Temporary gate codes issued to visiting farriers, vets and dentists."""

import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ostler.models import GatePass, VisitBooking

CODE_ALPHABET = string.digits
CODE_LENGTH = 6
DEFAULT_WINDOW_HOURS = 4


class VisitorPassIssuer:
    def __init__(self, session: Session, rng: random.Random | None = None):
        self.session = session
        self.rng = rng or random.Random()

    def _new_code(self) -> str:
        return "".join(self.rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))

    def _code_in_use(self, code: str) -> bool:
        now = datetime.now(timezone.utc)
        stmt = select(GatePass.id).where(GatePass.code == code, GatePass.valid_until > now)
        return self.session.scalars(stmt).first() is not None

    def issue_for_visit(self, booking: VisitBooking, hours: int = DEFAULT_WINDOW_HOURS) -> GatePass:
        code = self._new_code()
        while self._code_in_use(code):
            code = self._new_code()
        gate_pass = GatePass(
            code=code,
            visitor_name=booking.practitioner_name,
            visit_kind=booking.kind,
            valid_from=booking.starts_at - timedelta(minutes=30),
            valid_until=booking.starts_at + timedelta(hours=hours),
        )
        self.session.add(gate_pass)
        self.session.commit()
        return gate_pass

    def revoke(self, pass_id: int) -> None:
        gate_pass = self.session.get(GatePass, pass_id)
        if gate_pass is not None:
            gate_pass.valid_until = datetime.now(timezone.utc)
            self.session.commit()
