"""Password reset for local SIS guest accounts.

Only a SHA-256 of the emailed token is stored, so a database leak does not
expose live reset links.  Audit log lines never include the token itself.
"""
import datetime as dt
import hashlib
import logging
import secrets

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse

from .models import GuestAccount, ResetRequest

audit = logging.getLogger("sis.audit")

RESET_TTL = dt.timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def start_reset(account: GuestAccount) -> None:
    token = secrets.token_urlsafe(32)
    expires = dt.datetime.now(dt.timezone.utc) + RESET_TTL
    ResetRequest.objects.create(account=account, token_digest=_digest(token), expires_at=expires)
    link = settings.SITE_URL + reverse("guest-reset-confirm", args=[token])
    send_mail(
        "Reset your SIS guest password",
        f"Use this link within 30 minutes to choose a new password:\n\n{link}\n",
        settings.DEFAULT_FROM_EMAIL,
        [account.email],
    )
    audit.info("password reset requested account=%s expires=%s", account.username, expires.isoformat())


def redeem(token: str) -> GuestAccount | None:
    now = dt.datetime.now(dt.timezone.utc)
    req = (
        ResetRequest.objects.select_related("account")
        .filter(token_digest=_digest(token), used_at__isnull=True, expires_at__gt=now)
        .first()
    )
    if req is None:
        audit.warning("password reset token rejected (unknown or expired)")
        return None
    req.used_at = now
    req.save(update_fields=["used_at"])
    audit.info("password reset token redeemed account=%s", req.account.username)
    return req.account
