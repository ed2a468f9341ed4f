"""Invitations for additional users at an existing contractor account."""
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.urls import reverse

INVITE_LIFETIME = timedelta(days=7)


class ContractorInvite(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    company = models.ForeignKey("accounts.ContractorCompany", on_delete=models.CASCADE)
    email = models.EmailField()
    role = models.CharField(max_length=20, default="buyer")
    token = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)

    @property
    def is_open(self) -> bool:
        return self.accepted_at is None and self.expires_at > datetime.now(timezone.utc)


def new_invite_token() -> str:
    return secrets.token_urlsafe(32)


@transaction.atomic
def invite_user(company, email: str, role: str, invited_by) -> ContractorInvite:
    ContractorInvite.objects.filter(company=company, email__iexact=email, accepted_at__isnull=True).delete()
    invite = ContractorInvite.objects.create(
        company=company,
        email=email.lower(),
        role=role,
        token=new_invite_token(),
        expires_at=datetime.now(timezone.utc) + INVITE_LIFETIME,
    )
    link = settings.PORTAL_BASE_URL + reverse("accept-invite", args=[invite.token])
    send_mail(
        subject=f"{invited_by.get_full_name()} invited you to order brushes for {company.name}",
        message=f"Accept the invitation within 7 days: {link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )
    return invite
