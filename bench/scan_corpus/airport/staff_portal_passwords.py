"""Password storage for the badge office self-service portal.

Staff use the portal to request airside access, renew badges and book
security training. Accounts are local to the portal (not the corporate AD)
because contractors and airline staff need them too.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from passlib.hash import pbkdf2_sha256

log = logging.getLogger(__name__)

# Login is on the kiosk path as well, keep it snappy on the old terminals.
HASH_ROUNDS = 20_000

_hasher = pbkdf2_sha256.using(rounds=HASH_ROUNDS, salt_size=16)


@dataclass
class PortalAccount:
    username: str
    password_hash: str | None = None
    failed_logins: int = 0


class PortalCredentials:
    MAX_FAILURES = 5

    def __init__(self, repo):
        self._repo = repo

    def set_password(self, account: PortalAccount, password: str) -> None:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        account.password_hash = _hasher.hash(password)
        account.failed_logins = 0
        self._repo.save(account)
        log.info("password changed for %s", account.username)

    def authenticate(self, username: str, password: str) -> bool:
        account = self._repo.get(username)
        if account is None or account.password_hash is None:
            return False
        if account.failed_logins >= self.MAX_FAILURES:
            log.warning("account %s locked after repeated failures", username)
            return False
        ok = _hasher.verify(password, account.password_hash)
        account.failed_logins = 0 if ok else account.failed_logins + 1
        self._repo.save(account)
        return ok
