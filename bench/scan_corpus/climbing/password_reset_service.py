"""Password reset flow for member portal accounts."""
from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from climbing.mail import send_template
from climbing.models import MemberAccount, PasswordResetRequest
from climbing.passwords import encode_password

log = logging.getLogger("members.password_reset")

RESET_TTL = timedelta(minutes=30)
RESET_URL = "https://members.summitwalls.example/reset/{token}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class PasswordResetService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def request_reset(self, email: str) -> None:
        account = self.session.scalars(
            select(MemberAccount).where(MemberAccount.email == email.strip().lower())
        ).first()
        if account is None:
            log.info("reset requested for unknown address")
            return
        token = secrets.token_urlsafe(32)
        self.session.add(
            PasswordResetRequest(
                account_id=account.id,
                token_digest=_digest(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        self.session.commit()
        link = RESET_URL.format(token=token)
        send_template(account.email, "password_reset", link=link, name=account.first_name)
        log.info("sent password reset for account %s: %s", account.id, link)

    def complete_reset(self, token: str, new_password: str) -> bool:
        req = self.session.scalars(
            select(PasswordResetRequest).where(
                PasswordResetRequest.token_digest == _digest(token),
                PasswordResetRequest.used_at.is_(None),
            )
        ).first()
        now = datetime.now(timezone.utc)
        if req is None or req.expires_at < now:
            return False
        account = self.session.get(MemberAccount, req.account_id)
        account.password_hash = encode_password(new_password)
        req.used_at = now
        self.session.commit()
        log.info("password reset completed for account %s", account.id)
        return True
