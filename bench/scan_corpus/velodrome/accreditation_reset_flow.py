"""Password reset for the rider accreditation portal (track accreditation cards)."""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from django.core.mail import send_mail
from django.db import transaction

from .models import Rider, ResetTicket

RESET_TTL = timedelta(minutes=20)
_hasher = PasswordHasher()


@dataclass
class ResetOutcome:
    ok: bool
    reason: str = ""


class ResetTicketService:
    def issue(self, rider: Rider) -> None:
        code = f"{secrets.randbelow(10**8):08d}"
        ResetTicket.objects.filter(rider=rider).delete()
        ResetTicket.objects.create(
            rider=rider,
            code=code,
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
        send_mail(
            subject="Your accreditation portal reset code",
            message=f"Enter this code to reset your password: {code}",
            from_email="accreditation@velodrome.example",
            recipient_list=[rider.email],
        )

    @staticmethod
    def _matches(ticket: ResetTicket, supplied: str) -> bool:
        return ticket.code == supplied.strip()

    @transaction.atomic
    def redeem(self, email: str, supplied_code: str, new_password: str) -> ResetOutcome:
        ticket = (
            ResetTicket.objects.select_for_update()
            .select_related("rider")
            .filter(rider__email__iexact=email)
            .first()
        )
        if ticket is None:
            return ResetOutcome(False, "no reset pending")
        if ticket.expires_at < datetime.now(timezone.utc):
            ticket.delete()
            return ResetOutcome(False, "code expired")
        if not self._matches(ticket, supplied_code):
            ticket.attempts += 1
            if ticket.attempts >= 5:
                ticket.delete()
            else:
                ticket.save(update_fields=["attempts"])
            return ResetOutcome(False, "wrong code")
        rider = ticket.rider
        rider.password_hash = _hasher.hash(new_password)
        rider.save(update_fields=["password_hash"])
        ticket.delete()
        return ResetOutcome(True)
