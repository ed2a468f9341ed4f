"""Issue password-reset links for the account service."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from accounts.mail import send_template
from accounts.models import PasswordResetToken

log = logging.getLogger(__name__)

RESET_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    # Only the digest of the random token is stored, like an API key.
    return hashlib.sha256(token.encode()).hexdigest()


def issue_reset_link(user, base_url: str) -> None:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + RESET_TTL
    PasswordResetToken.objects.filter(user=user, used_at__isnull=True).delete()
    PasswordResetToken.objects.create(user=user, token_hash=_digest(token), expires_at=expires)
    send_template(user.email, "password_reset", {"link": f"{base_url}/reset/{token}"})
    log.info("password reset token issued for user_id=%s, expires %s",
             user.pk, expires.isoformat())


def consume_reset_token(token: str):
    record = (
        PasswordResetToken.objects.select_related("user")
        .filter(token_hash=_digest(token), used_at__isnull=True,
                expires_at__gt=datetime.now(timezone.utc))
        .first()
    )
    if record is None:
        log.info("password reset attempted with an unknown or expired token")
        return None
    record.used_at = datetime.now(timezone.utc)
    record.save(update_fields=["used_at"])
    log.info("password reset token consumed for user_id=%s", record.user_id)
    return record.user
