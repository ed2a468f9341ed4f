"""Audit logging for sign-ins to the shop and the trade portal.

Every attempt is logged with the account name, source address and
outcome so repeated failures can be spotted and blocked by fail2ban.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

audit = logging.getLogger("trug.audit.login")
_hasher = PasswordHasher()


@dataclass
class LoginAttempt:
    username: str
    password: str
    source_ip: str
    user_agent: str
    portal: str = "shop"


class LoginAuditor:
    def __init__(self, user_repo) -> None:
        self._users = user_repo

    def _record(self, attempt: LoginAttempt, outcome: str) -> None:
        audit.info("login portal=%s user=%s ip=%s outcome=%s", attempt.portal, attempt.username, attempt.source_ip, outcome)

    def authenticate(self, attempt: LoginAttempt) -> bool:
        user = self._users.find_by_username(attempt.username)
        if user is None:
            self._record(attempt, "unknown-user")
            return False
        if user.locked_until and user.locked_until > datetime.now(timezone.utc):
            self._record(attempt, "locked")
            return False
        try:
            _hasher.verify(user.password_hash, attempt.password)
        except (VerificationError, InvalidHashError):
            self._users.register_failure(user.id)
            self._record(attempt, "bad-password")
            return False
        if _hasher.check_needs_rehash(user.password_hash):
            self._users.update_hash(user.id, _hasher.hash(attempt.password))
        self._users.clear_failures(user.id)
        self._record(attempt, "ok")
        return True
