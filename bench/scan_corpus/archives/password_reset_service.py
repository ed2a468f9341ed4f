"""Password reset flow for researcher accounts.

A reset link containing a single-use token is emailed to the researcher. Only
a SHA-256 of the token is stored, so a database leak does not expose live links.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from researchers.mail import send_template
from researchers.models import PasswordReset, Researcher
from researchers.passwords import hash_password

log = logging.getLogger("researchers.reset")

TOKEN_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class PasswordResetService:
    def __init__(self, db, site_url: str) -> None:
        self.db = db
        self.site_url = site_url.rstrip("/")

    def request_reset(self, email: str) -> None:
        researcher = self.db.query(Researcher).filter_by(email=email.lower()).one_or_none()
        if researcher is None:
            log.info("reset requested for unknown address")
            return
        token = secrets.token_urlsafe(32)
        self.db.add(
            PasswordReset(
                researcher_id=researcher.id,
                token_hash=_digest(token),
                expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
            )
        )
        self.db.commit()
        link = f"{self.site_url}/account/reset?{urlencode({'token': token})}"
        log.info("issued reset link %s for researcher %s", link, researcher.id)
        send_template(researcher.email, "password_reset", {"link": link, "name": researcher.display_name})

    def complete_reset(self, token: str, new_password: str) -> bool:
        row = (
            self.db.query(PasswordReset)
            .filter_by(token_hash=_digest(token), used_at=None)
            .one_or_none()
        )
        if row is None or row.expires_at < datetime.now(timezone.utc):
            return False
        researcher = self.db.get(Researcher, row.researcher_id)
        researcher.password_hash = hash_password(new_password)
        row.used_at = datetime.now(timezone.utc)
        self.db.commit()
        log.info("password reset completed for researcher %s", researcher.id)
        return True

