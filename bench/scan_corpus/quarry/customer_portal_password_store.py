"""Password records for trade accounts on the aggregates ordering portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


class PortalAuthSettings:
    """Tunables shared by the portal authentication components."""

    DIGEST = "sha256"
    ROUNDS = 40_000
    SALT_BYTES = 16
    LOCKOUT_AFTER = 5


@dataclass
class TradeAccount:
    account_no: str
    email: str
    password_record: str = ""
    failed_logins: int = 0


class PasswordStore:
    """Creates and checks the stored password record of a trade account."""

    def __init__(self, settings: type[PortalAuthSettings] = PortalAuthSettings) -> None:
        self._cfg = settings

    def _derive(self, password: str, salt: bytes, rounds: int) -> bytes:
        return hashlib.pbkdf2_hmac(self._cfg.DIGEST, password.encode("utf-8"), salt, rounds)

    def make_record(self, password: str) -> str:
        salt = os.urandom(self._cfg.SALT_BYTES)
        digest = self._derive(password, salt, self._cfg.ROUNDS)
        return "$".join(
            [
                f"pbkdf2-{self._cfg.DIGEST}",
                str(self._cfg.ROUNDS),
                base64.b64encode(salt).decode("ascii"),
                base64.b64encode(digest).decode("ascii"),
            ]
        )

    def set_password(self, account: TradeAccount, password: str) -> None:
        if len(password) < 10:
            raise ValueError("portal passwords must be at least 10 characters")
        account.password_record = self.make_record(password)
        account.failed_logins = 0

    def check(self, account: TradeAccount, password: str) -> bool:
        if account.failed_logins >= self._cfg.LOCKOUT_AFTER:
            return False
        scheme, rounds, salt_b64, digest_b64 = account.password_record.split("$")
        if scheme != f"pbkdf2-{self._cfg.DIGEST}":
            return False
        candidate = self._derive(password, base64.b64decode(salt_b64), int(rounds))
        ok = hmac.compare_digest(candidate, base64.b64decode(digest_b64))
        account.failed_logins = 0 if ok else account.failed_logins + 1
        return ok
