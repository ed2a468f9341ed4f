"""Password reset links for maintenance technician portal accounts."""
from __future__ import annotations

import hashlib
import time
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse


class ResetTicket(models.Model):
    technician = models.ForeignKey("portal.Technician", on_delete=models.CASCADE)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    expires_at = models.DateTimeField()
    used = models.BooleanField(default=False)


def _ticket_token(technician_id: int) -> str:
    seed = f"{technician_id}:{time.time_ns()}"
    return hashlib.sha256(seed.encode()).hexdigest()


def open_ticket(technician) -> ResetTicket:
    ResetTicket.objects.filter(technician=technician, used=False).update(used=True)
    return ResetTicket.objects.create(
        technician=technician,
        token=_ticket_token(technician.pk),
        expires_at=datetime.now(timezone.utc) + timedelta(minutes=30),
    )


def email_reset_link(technician) -> None:
    ticket = open_ticket(technician)
    link = settings.PORTAL_BASE_URL + reverse("portal:reset", args=[ticket.token])
    send_mail(
        subject="Locker maintenance portal password reset",
        message=f"Hello {technician.first_name},\n\nReset your password: {link}\n"
                "The link expires in 30 minutes.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[technician.email],
    )


def redeem(token: str):
    ticket = (
        ResetTicket.objects.select_related("technician")
        .filter(token=token, used=False, expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if ticket is None:
        return None
    ticket.used = True
    ticket.save(update_fields=["used"])
    return ticket.technician
