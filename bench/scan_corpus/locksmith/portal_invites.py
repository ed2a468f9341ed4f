"""Invite a customer's staff member to the access-control portal."""
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone

INVITE_TTL = timedelta(days=7)


class PortalInvite(models.Model):
    account = models.ForeignKey("accounts.CustomerAccount", on_delete=models.CASCADE)
    email = models.EmailField()
    role = models.CharField(max_length=20, default="viewer")
    token = models.CharField(max_length=64, unique=True, editable=False)
    created = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    def save(self, *args, **kwargs):
        if not self.token:
            self.token = uuid.uuid1().hex
        super().save(*args, **kwargs)

    @property
    def expired(self) -> bool:
        return timezone.now() > self.created + INVITE_TTL


def send_invite(invite: PortalInvite, request) -> None:
    link = request.build_absolute_uri(reverse("portal:accept-invite", args=[invite.token]))
    send_mail(
        subject="You've been invited to the access-control portal",
        message=(
            "Hello,\n\nYou have been given access to your organisation's door "
            f"access portal. Set up your account here:\n{link}\n\n"
            "The link expires in 7 days."
        ),
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )
