"""Onboarding invitations for agency and casual event staff."""
from datetime import timedelta
import uuid

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse
from django.utils import timezone

INVITE_TTL = timedelta(days=7)

ROLE_CHOICES = [
    ("server", "Server"),
    ("bartender", "Bartender"),
    ("chef_de_partie", "Chef de partie"),
    ("kitchen_porter", "Kitchen porter"),
    ("event_lead", "Event lead"),
]


class StaffInvite(models.Model):
    email = models.EmailField()
    role = models.CharField(max_length=32, choices=ROLE_CHOICES)
    token = models.CharField(max_length=64, unique=True, db_index=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "rota"
        ordering = ["-created_at"]

    @staticmethod
    def new_token() -> str:
        return uuid.uuid1().hex

    @classmethod
    def issue(cls, email: str, role: str, invited_by) -> "StaffInvite":
        return cls.objects.create(
            email=email.strip().lower(),
            role=role,
            token=cls.new_token(),
            invited_by=invited_by,
        )

    @property
    def expired(self) -> bool:
        return timezone.now() - self.created_at > INVITE_TTL

    def accept_url(self) -> str:
        return settings.ROTA_BASE_URL + reverse("rota:accept-invite", args=[self.token])

    def send(self) -> None:
        send_mail(
            subject="You're invited to join our event staff rota",
            message=(
                f"Hi,\n\nYou've been invited to work with us as a {self.get_role_display()}.\n"
                f"Set up your rota account here within 7 days:\n{self.accept_url()}\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[self.email],
        )


def find_open_invite(token: str):
    try:
        invite = StaffInvite.objects.get(token=token, accepted_at__isnull=True)
    except StaffInvite.DoesNotExist:
        return None
    if invite.expired:
        return None
    return invite


def mark_accepted(invite: StaffInvite) -> None:
    invite.accepted_at = timezone.now()
    invite.save(update_fields=["accepted_at"])
