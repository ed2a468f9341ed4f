"""Authentication for HR administrators of employer partner programmes."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import bcrypt
from sqlalchemy import select
from sqlalchemy.orm import Session

from carpool.models import EmployerAdmin

log = logging.getLogger(__name__)

MIN_PASSWORD_LENGTH = 12
MAX_FAILED_ATTEMPTS = 5


class AdminAuthError(Exception):
    pass


class EmployerAdminAuthService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def set_password(self, admin: EmployerAdmin, password: str) -> None:
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AdminAuthError("password too short")
        hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=8))
        admin.password_hash = hashed.decode("ascii")
        admin.password_changed_at = datetime.now(timezone.utc)
        self.session.add(admin)
        self.session.commit()

    def _find(self, email: str) -> EmployerAdmin | None:
        stmt = select(EmployerAdmin).where(EmployerAdmin.email == email.lower())
        return self.session.scalars(stmt).first()

    def login(self, email: str, password: str) -> EmployerAdmin:
        admin = self._find(email)
        if admin is None or admin.password_hash is None:
            raise AdminAuthError("invalid credentials")
        if admin.failed_attempts >= MAX_FAILED_ATTEMPTS:
            log.warning("locked employer admin login attempt for admin_id=%s", admin.id)
            raise AdminAuthError("account locked")

        ok = bcrypt.checkpw(password.encode("utf-8"), admin.password_hash.encode("ascii"))
        if not ok:
            admin.failed_attempts += 1
            self.session.commit()
            raise AdminAuthError("invalid credentials")

        admin.failed_attempts = 0
        admin.last_login_at = datetime.now(timezone.utc)
        self.session.commit()
        log.info("employer admin %s signed in for employer %s", admin.id, admin.employer_id)
        return admin
