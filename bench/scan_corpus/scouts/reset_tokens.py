"""Volunteer account password reset tokens."""

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from volunteers.db import session_scope
from volunteers.mail import send_reset_email
from volunteers.models import ResetToken, Volunteer

logger = logging.getLogger(__name__)

TOKEN_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_reset_token(volunteer: Volunteer, portal_url: str) -> None:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + TOKEN_TTL
    with session_scope() as s:
        row = ResetToken(volunteer_id=volunteer.id, token_digest=_digest(token), expires_at=expires)
        s.add(row)
        s.flush()
        token_id = row.id
    send_reset_email(volunteer.email, f"{portal_url.rstrip('/')}/reset/{token}")
    logger.info("Reset token %s issued for volunteer %s, expires %s", token_id, volunteer.id, expires.isoformat())


def redeem_reset_token(token: str) -> Volunteer | None:
    with session_scope() as s:
        row = (
            s.query(ResetToken)
            .filter(ResetToken.token_digest == _digest(token), ResetToken.used_at.is_(None))
            .one_or_none()
        )
        if row is None or row.expires_at < datetime.now(timezone.utc):
            logger.info("Rejected reset attempt (unknown or expired token)")
            return None
        row.used_at = datetime.now(timezone.utc)
        logger.info("Reset token %s redeemed", row.id)
        return s.get(Volunteer, row.volunteer_id)
