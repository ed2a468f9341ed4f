"""Invitations for agency users joining the reporting dashboard."""
import datetime as dt
import uuid

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone

INVITE_TTL = dt.timedelta(days=7)


class AgencyInvite(models.Model):
    agency = models.ForeignKey("agencies.Agency", on_delete=models.CASCADE, related_name="invites")
    email = models.EmailField()
    role = models.CharField(max_length=32, default="analyst")
    token = models.CharField(max_length=64, unique=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        app_label = "agencies"

    @property
    def expired(self) -> bool:
        return timezone.now() - self.created_at > INVITE_TTL


def _new_invite_token() -> str:
    return uuid.uuid1().hex


def invite_user(agency, email: str, role: str = "analyst") -> AgencyInvite:
    invite = AgencyInvite.objects.create(
        agency=agency, email=email.strip().lower(), role=role, token=_new_invite_token()
    )
    link = f"{settings.DASHBOARD_BASE_URL}/invites/{invite.token}/accept"
    body = render_to_string(
        "agencies/invite_email.txt", {"agency": agency, "link": link, "role": role}
    )
    send_mail(
        subject=f"You've been invited to {agency.name} on the reporting dashboard",
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )
    return invite


@transaction.atomic
def redeem(token: str, user) -> AgencyInvite | None:
    invite = (
        AgencyInvite.objects.select_for_update()
        .filter(token=token, accepted_at__isnull=True)
        .first()
    )
    if invite is None or invite.expired:
        return None
    if invite.email != user.email.lower():
        return None
    invite.agency.memberships.create(user=user, role=invite.role)
    invite.accepted_at = timezone.now()
    invite.save(update_fields=["accepted_at"])
    return invite
