"""Redeem password-reset codes for the accreditation portal."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from django.core.mail import send_mail
from django.db import transaction
from django.contrib.auth.hashers import make_password

from .models import ResetTicket, Rider

RESET_TTL = timedelta(minutes=20)
MAX_ATTEMPTS = 5


def _digest(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


@dataclass
class RedeemResult:
    ok: bool
    reason: str = ""


class ResetCodeService:
    def start(self, rider: Rider) -> None:
        code = f"{secrets.randbelow(10**8):08d}"
        ResetTicket.objects.update_or_create(
            rider=rider,
            defaults={
                "code_sha256": _digest(code),
                "expires_at": datetime.now(timezone.utc) + RESET_TTL,
                "attempts": 0,
            },
        )
        send_mail(
            "Accreditation portal reset code",
            f"Your reset code is {code}. It expires in 20 minutes.",
            None,
            [rider.email],
        )

    @staticmethod
    def _code_ok(ticket: ResetTicket, supplied: str) -> bool:
        return hmac.compare_digest(ticket.code_sha256, _digest(supplied.strip()))

    @transaction.atomic
    def redeem(self, email: str, supplied: str, new_password: str) -> RedeemResult:
        ticket = (
            ResetTicket.objects.select_for_update()
            .select_related("rider")
            .filter(rider__email__iexact=email)
            .first()
        )
        if ticket is None or ticket.expires_at < datetime.now(timezone.utc):
            return RedeemResult(False, "no valid reset pending")
        if ticket.attempts >= MAX_ATTEMPTS:
            ticket.delete()
            return RedeemResult(False, "too many attempts")
        if not self._code_ok(ticket, supplied):
            ticket.attempts += 1
            ticket.save(update_fields=["attempts"])
            return RedeemResult(False, "wrong code")
        ticket.rider.password = make_password(new_password)
        ticket.rider.save(update_fields=["password"])
        ticket.delete()
        return RedeemResult(True)
