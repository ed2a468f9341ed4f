"""Email invitations for new volunteers joining the rota.

The volunteer coordinator invites people after their induction day; the
link in the email lets them set up a portal account.
"""
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models
from django.urls import reverse

INVITE_TTL = timedelta(days=7)


class VolunteerInvite(models.Model):
    email = models.EmailField()
    token = models.CharField(max_length=64, unique=True, db_index=True)
    team = models.CharField(max_length=40)
    invited_by = models.ForeignKey("auth.User", on_delete=models.PROTECT)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    def is_live(self) -> bool:
        if self.accepted_at is not None:
            return False
        return self.created_at + INVITE_TTL > datetime.now(timezone.utc)


def make_invite_token() -> str:
    return uuid.uuid1().hex


def invite_volunteer(email: str, team: str, invited_by) -> VolunteerInvite:
    invite = VolunteerInvite.objects.create(
        email=email.strip().lower(),
        token=make_invite_token(),
        team=team,
        invited_by=invited_by,
    )
    link = settings.PORTAL_BASE_URL + reverse("volunteers:accept-invite", args=[invite.token])
    send_mail(
        subject="Join the dovecote volunteer rota",
        message=(
            f"Hello,\n\nYou've been invited to join the {team} team.\n"
            f"Set up your account here within 7 days:\n{link}\n"
        ),
        from_email=settings.VOLUNTEER_OFFICE_EMAIL,
        recipient_list=[invite.email],
    )
    return invite


def accept_invite(token: str):
    invite = VolunteerInvite.objects.filter(token=token).first()
    if invite is None or not invite.is_live():
        return None
    invite.accepted_at = datetime.now(timezone.utc)
    invite.save(update_fields=["accepted_at"])
    return invite
