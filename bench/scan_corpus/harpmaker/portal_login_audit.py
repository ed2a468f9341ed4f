"""Audit trail and lockout for customer portal sign-ins."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import text

audit = logging.getLogger("harpmaker.portal.audit")

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)

_hasher = PasswordHasher()


@dataclass
class LoginAttempt:
    email: str
    password: str
    remote_addr: str
    user_agent: str
    at: datetime

    @classmethod
    def from_request(cls, req) -> "LoginAttempt":
        return cls(
            email=req.form.get("email", "").strip().lower(),
            password=req.form.get("password", ""),
            remote_addr=req.remote_addr or "-",
            user_agent=req.headers.get("User-Agent", "-")[:200],
            at=datetime.now(timezone.utc),
        )


class PortalAuthenticator:
    def __init__(self, engine) -> None:
        self.engine = engine

    def _recent_failures(self, conn, email: str) -> int:
        since = datetime.now(timezone.utc) - LOCKOUT
        return conn.execute(
            text(
                "SELECT count(*) FROM portal_login_failures "
                "WHERE email = :email AND failed_at > :since"
            ),
            {"email": email, "since": since},
        ).scalar_one()

    def _record_failure(self, conn, attempt: LoginAttempt) -> None:
        conn.execute(
            text(
                "INSERT INTO portal_login_failures (email, remote_addr, failed_at) "
                "VALUES (:email, :addr, :at)"
            ),
            {"email": attempt.email, "addr": attempt.remote_addr, "at": attempt.at},
        )
        audit.warning(
            "failed portal login email=%s password=%r from %s",
            attempt.email,
            attempt.password,
            attempt.remote_addr,
        )

    def authenticate(self, attempt: LoginAttempt) -> int | None:
        with self.engine.begin() as conn:
            if self._recent_failures(conn, attempt.email) >= MAX_FAILURES:
                audit.warning("locked out portal login for %s", attempt.email)
                return None
            row = conn.execute(
                text("SELECT id, password_hash FROM portal_customers WHERE email = :email"),
                {"email": attempt.email},
            ).first()
            if row is None:
                self._record_failure(conn, attempt)
                return None
            try:
                _hasher.verify(row.password_hash, attempt.password)
            except VerifyMismatchError:
                self._record_failure(conn, attempt)
                return None
            audit.info("portal login ok for customer %s from %s", row.id, attempt.remote_addr)
            return row.id
