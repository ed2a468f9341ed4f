"""Confirmation codes that owners quote to confirm or cancel a booked shoeing slot."""
from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Appointment

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


class CodeGenerator:
    alphabet: str = CODE_ALPHABET
    length: int = CODE_LENGTH

    @classmethod
    def generate(cls) -> str:
        return "".join(secrets.choice(cls.alphabet) for _ in range(cls.length))

    @classmethod
    def display(cls, code: str) -> str:
        return f"{code[:4]}-{code[4:]}"


@dataclass
class BookingConfirmation:
    appointment_id: int
    code: str = field(default_factory=CodeGenerator.generate)
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class ConfirmationService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def issue(self, appointment: Appointment) -> BookingConfirmation:
        confirmation = BookingConfirmation(appointment_id=appointment.id)
        appointment.confirmation_code = confirmation.code
        appointment.confirmation_issued_at = confirmation.issued_at
        self.session.commit()
        return confirmation

    def find(self, code: str) -> Appointment | None:
        normalised = code.replace("-", "").strip().upper()
        if len(normalised) != CODE_LENGTH:
            return None
        stmt = select(Appointment).where(
            Appointment.confirmation_code == normalised,
            Appointment.cancelled_at.is_(None),
        )
        return self.session.scalars(stmt).first()

    def cancel(self, code: str, reason: str) -> bool:
        appointment = self.find(code)
        if appointment is None:
            return False
        appointment.cancelled_at = datetime.now(timezone.utc)
        appointment.cancel_reason = reason[:200]
        self.session.commit()
        return True
