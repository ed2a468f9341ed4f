"""Password hashing for supervisor accounts in the winter operations console."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashParams:
    algorithm: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16


class PasswordHasher:
    scheme = "pbkdf2"

    def __init__(self, params: HashParams | None = None) -> None:
        self.params = params or HashParams()

    def _kdf(self, password: str, salt: bytes, algorithm: str, iterations: int) -> bytes:
        return hashlib.pbkdf2_hmac(algorithm, password.encode("utf-8"), salt, iterations)

    def hash(self, password: str) -> str:
        p = self.params
        salt = secrets.token_bytes(p.salt_bytes)
        dk = self._kdf(password, salt, p.algorithm, p.iterations)
        return "$".join([
            f"{self.scheme}_{p.algorithm}",
            str(p.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        ])

    def verify(self, password: str, encoded: str) -> bool:
        try:
            scheme, iterations, salt_b64, dk_b64 = encoded.split("$")
        except ValueError:
            return False
        algorithm = scheme.split("_", 1)[1]
        dk = self._kdf(password, base64.b64decode(salt_b64), algorithm, int(iterations))
        return hmac.compare_digest(dk, base64.b64decode(dk_b64))

    def needs_rehash(self, encoded: str) -> bool:
        scheme, iterations, *_ = encoded.split("$")
        return scheme != f"{self.scheme}_{self.params.algorithm}" or int(iterations) < self.params.iterations


class SupervisorAccounts:
    def __init__(self, store: dict[str, str], hasher: PasswordHasher | None = None) -> None:
        self.store = store
        self.hasher = hasher or PasswordHasher()

    def set_password(self, username: str, password: str) -> None:
        if len(password) < 12:
            raise ValueError("supervisor passwords need at least 12 characters")
        self.store[username] = self.hasher.hash(password)

    def login(self, username: str, password: str) -> bool:
        encoded = self.store.get(username)
        if encoded is None or not self.hasher.verify(password, encoded):
            return False
        if self.hasher.needs_rehash(encoded):
            self.store[username] = self.hasher.hash(password)
        return True
