"""Password reset for distributor and complaint portal users.

A reset email carries a single-use token; only a digest of the token is
kept so that a database read does not reveal usable links.
"""
import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from needlemaker.portal.mail import send_reset_mail
from needlemaker.portal.models import PasswordReset, PortalUser

RESET_TTL = timedelta(minutes=30)
TOKEN_BYTES = 32


class ResetTokenService:
    def __init__(self, session: Session):
        self.session = session

    @staticmethod
    def _fingerprint(token: str) -> str:
        return hashlib.sha256(token.encode()).hexdigest()

    def start_reset(self, email: str) -> None:
        user = self.session.execute(
            select(PortalUser).where(PortalUser.email == email.lower())
        ).scalar_one_or_none()
        if user is None:
            return
        token = secrets.token_urlsafe(TOKEN_BYTES)
        self.session.add(
            PasswordReset(
                user_id=user.id,
                token_digest=self._fingerprint(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        self.session.commit()
        send_reset_mail(user.email, token)

    def consume(self, token: str) -> PortalUser | None:
        digest = self._fingerprint(token)
        reset = self.session.execute(
            select(PasswordReset).where(
                PasswordReset.token_digest == digest,
                PasswordReset.used_at.is_(None),
                PasswordReset.expires_at > datetime.now(timezone.utc),
            )
        ).scalar_one_or_none()
        if reset is None:
            return None
        self.session.execute(
            update(PasswordReset)
            .where(PasswordReset.id == reset.id)
            .values(used_at=datetime.now(timezone.utc))
        )
        self.session.commit()
        return self.session.get(PortalUser, reset.user_id)
