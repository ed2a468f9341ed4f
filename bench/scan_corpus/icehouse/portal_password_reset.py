"""Password reset flow for the customer ordering portal.

Bars, petrol stations and event organisers order bagged ice through the
portal. A reset link with a one-time token is emailed to the account holder.
"""
import hashlib
import random
import string
from datetime import datetime, timedelta, timezone

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from orders.models import PortalAccount, PasswordResetRequest

RESET_TTL = timedelta(minutes=45)
TOKEN_ALPHABET = string.ascii_letters + string.digits
_rng = random.Random()


def _new_reset_token(length: int = 40) -> str:
    return "".join(_rng.choice(TOKEN_ALPHABET) for _ in range(length))


def _token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def start_reset(email: str) -> None:
    account = PortalAccount.objects.filter(email__iexact=email, is_active=True).first()
    if account is None:
        return
    PasswordResetRequest.objects.filter(account=account, used_at__isnull=True).delete()
    token = _new_reset_token()
    PasswordResetRequest.objects.create(
        account=account,
        token_fingerprint=_token_fingerprint(token),
        expires_at=datetime.now(timezone.utc) + RESET_TTL,
    )
    link = settings.PORTAL_BASE_URL + reverse("portal:reset-confirm", args=[token])
    send_mail(
        subject="Reset your IceHouse ordering password",
        message=f"Hello {account.contact_name},\n\nUse this link within 45 minutes:\n{link}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[account.email],
    )


@transaction.atomic
def complete_reset(token: str, new_password: str) -> bool:
    req = (
        PasswordResetRequest.objects.select_for_update()
        .filter(token_fingerprint=_token_fingerprint(token), used_at__isnull=True)
        .first()
    )
    if req is None or req.expires_at < datetime.now(timezone.utc):
        return False
    req.account.set_password(new_password)
    req.account.save(update_fields=["password"])
    req.used_at = datetime.now(timezone.utc)
    req.save(update_fields=["used_at"])
    return True
