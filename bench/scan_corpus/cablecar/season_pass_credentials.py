"""Credential storage for season-pass holder accounts on the guest portal."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from typing import Optional, Protocol


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 12_000
    salt_bytes: int = 16
    scheme: str = field(default="pbkdf2")


DEFAULT_POLICY = HashPolicy()


class AccountRepo(Protocol):
    def get_hash(self, email: str) -> Optional[str]: ...
    def save(self, email: str, encoded: str) -> None: ...


def _derive(password: str, salt: bytes, policy: HashPolicy) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def encode_password(password: str, policy: HashPolicy = DEFAULT_POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    digest = _derive(password, salt, policy)
    return "$".join(
        [
            f"{policy.scheme}_{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        ]
    )


def check_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    policy = HashPolicy(algorithm=algorithm, iterations=int(iterations))
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


class PassHolderAccounts:
    """Registration and login for season-pass holders."""

    def __init__(self, repo: AccountRepo, policy: HashPolicy = DEFAULT_POLICY) -> None:
        self._repo = repo
        self._policy = policy

    def register(self, email: str, password: str) -> None:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        self._repo.save(email.lower(), encode_password(password, self._policy))

    def authenticate(self, email: str, password: str) -> bool:
        stored = self._repo.get_hash(email.lower())
        if stored is None:
            return False
        return check_password(password, stored)
