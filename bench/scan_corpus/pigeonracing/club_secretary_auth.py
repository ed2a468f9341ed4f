"""Authentication for club secretaries who submit basketing sheets and
marking-station reports to the federation."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    dklen: int = 32


@dataclass
class SecretaryAccount:
    club_code: str
    email: str
    password_record: str
    active: bool = True


class SecretaryPasswordHasher:
    """Encodes passwords as ``pbkdf2_<alg>$<iterations>$<salt>$<hash>``."""

    def __init__(self, settings: HashSettings | None = None):
        self.settings = settings or HashSettings()

    def encode(self, password: str) -> str:
        salt = secrets.token_bytes(self.settings.salt_bytes)
        dk = self._derive(password, salt, self.settings.iterations)
        return "pbkdf2_{}${}${}${}".format(
            self.settings.algorithm,
            self.settings.iterations,
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(dk).decode("ascii"),
        )

    def verify(self, password: str, record: str) -> bool:
        try:
            scheme, iterations, salt_b64, dk_b64 = record.split("$")
        except ValueError:
            return False
        if scheme != f"pbkdf2_{self.settings.algorithm}":
            return False
        dk = self._derive(password, base64.b64decode(salt_b64), int(iterations))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    def _derive(self, password: str, salt: bytes, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.settings.algorithm,
            password.encode("utf-8"),
            salt,
            iterations,
            dklen=self.settings.dklen,
        )


class SecretaryDirectory:
    """In-process directory of club secretaries, keyed by e-mail."""

    def __init__(self, hasher: SecretaryPasswordHasher | None = None):
        self._hasher = hasher or SecretaryPasswordHasher()
        self._accounts: dict[str, SecretaryAccount] = {}

    def enrol(self, club_code: str, email: str, password: str) -> SecretaryAccount:
        key = email.strip().lower()
        if key in self._accounts:
            raise ValueError(f"secretary {key} already enrolled")
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        account = SecretaryAccount(
            club_code=club_code.upper(),
            email=key,
            password_record=self._hasher.encode(password),
        )
        self._accounts[key] = account
        return account

    def authenticate(self, email: str, password: str) -> SecretaryAccount | None:
        account = self._accounts.get(email.strip().lower())
        if account is None or not account.active:
            return None
        if not self._hasher.verify(password, account.password_record):
            return None
        return account

    def deactivate(self, email: str) -> None:
        account = self._accounts.get(email.strip().lower())
        if account is not None:
            account.active = False
