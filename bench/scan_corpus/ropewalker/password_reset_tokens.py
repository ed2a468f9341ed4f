"""Password reset tokens for trade portal users."""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ropewalker.portal.mailer import send_template
from ropewalker.portal.models import PasswordResetToken, PortalUser

RESET_TTL = timedelta(minutes=30)
TOKEN_BYTES = 32


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_reset(session: Session, user: PortalUser) -> str:
    session.execute(delete(PasswordResetToken).where(PasswordResetToken.user_id == user.id))
    token = secrets.token_urlsafe(TOKEN_BYTES)
    session.add(
        PasswordResetToken(
            user_id=user.id,
            token_digest=_digest(token),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
    )
    session.commit()
    send_template(user.email, "password_reset", {"token": token, "name": user.first_name})
    return token


def consume_reset(session: Session, token: str) -> PortalUser | None:
    record = session.scalar(
        select(PasswordResetToken).where(PasswordResetToken.token_digest == _digest(token))
    )
    if record is None or record.expires_at < datetime.now(timezone.utc):
        return None
    user = session.get(PortalUser, record.user_id)
    session.delete(record)
    session.commit()
    return user
