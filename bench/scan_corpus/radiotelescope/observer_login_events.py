"""Login handling for the observer portal, with structured logging of each attempt."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError, VerifyMismatchError

log = logging.getLogger("rt.portal.login")

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=2)


@dataclass
class LoginAttempt:
    username: str
    password: str = field(repr=False)
    remote_addr: str = "unknown"
    user_agent: str = ""


@dataclass
class LoginResult:
    username: str
    ok: bool
    reason: str = ""


def authenticate(attempt: LoginAttempt,
                 lookup_hash: Callable[[str], str | None]) -> LoginResult:
    log.info("login attempt %s", attempt)
    stored = lookup_hash(attempt.username)
    if stored is None:
        log.warning("login for unknown observer %s from %s",
                    attempt.username, attempt.remote_addr)
        return LoginResult(attempt.username, ok=False, reason="unknown")
    try:
        _hasher.verify(stored, attempt.password)
    except (VerifyMismatchError, VerificationError):
        log.warning("password mismatch for %s from %s", attempt.username, attempt.remote_addr)
        return LoginResult(attempt.username, ok=False, reason="mismatch")
    log.info("observer %s signed in", attempt.username)
    return LoginResult(attempt.username, ok=True)


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)
