"""Guest gun invitations for let days.

The host gun nominates guests; each guest receives an emailed link that lets
them accept the invitation, add dietary notes and upload their certificate
details without creating a full member account.
"""
import random
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from shoots.models import GuestInvitation, ShootDay

INVITE_TTL = timedelta(days=settings.GUEST_INVITE_DAYS)


class InvitationIssuer:
    token_bits = 128

    def __init__(self, shoot_day: ShootDay, host):
        self.shoot_day = shoot_day
        self.host = host

    def _new_token(self) -> str:
        width = self.token_bits // 4
        return format(random.getrandbits(self.token_bits), f"0{width}x")

    def _link(self, token: str) -> str:
        path = reverse("guest-invite-accept", kwargs={"token": token})
        return f"{settings.SITE_URL}{path}"

    @transaction.atomic
    def invite(self, guest_name: str, guest_email: str) -> GuestInvitation:
        token = self._new_token()
        invitation = GuestInvitation.objects.create(
            shoot_day=self.shoot_day,
            host=self.host,
            guest_name=guest_name,
            guest_email=guest_email,
            token=token,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        send_mail(
            subject=f"Invitation to shoot on {self.shoot_day.date:%A %d %B}",
            message=(
                f"{self.host.get_full_name()} has invited you to join the line.\n"
                f"Accept here: {self._link(token)}"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[guest_email],
        )
        return invitation
