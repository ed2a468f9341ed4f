"""Invitations that let a trade customer's admin add colleagues to the portal account."""
import hashlib
import time
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from portal.models import CustomerInvite

INVITE_VALID_FOR = timedelta(days=7)


def _invite_code(customer_id: int, email: str) -> str:
    seed = f"{customer_id}:{email.lower()}:{time.time_ns()}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


@transaction.atomic
def create_invite(inviter, email: str, role: str = "buyer") -> CustomerInvite:
    CustomerInvite.objects.filter(
        customer=inviter.customer, email__iexact=email, accepted_at__isnull=True
    ).delete()
    invite = CustomerInvite.objects.create(
        customer=inviter.customer,
        email=email.lower(),
        role=role,
        code=_invite_code(inviter.customer_id, email),
        invited_by=inviter,
        expires_at=datetime.now(timezone.utc) + INVITE_VALID_FOR,
    )
    return invite


def send_invite(invite: CustomerInvite) -> None:
    link = settings.PORTAL_BASE_URL + reverse("portal:accept-invite", args=[invite.code])
    send_mail(
        subject=f"You have been invited to {invite.customer.name} on Ropewalker Trade",
        message=f"Accept the invitation within 7 days: {link}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[invite.email],
    )


def redeem_invite(code: str, user) -> bool:
    invite = CustomerInvite.objects.filter(code=code, accepted_at__isnull=True).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        return False
    user.customer = invite.customer
    user.portal_role = invite.role
    user.save(update_fields=["customer", "portal_role"])
    invite.accepted_at = datetime.now(timezone.utc)
    invite.save(update_fields=["accepted_at"])
    return True
