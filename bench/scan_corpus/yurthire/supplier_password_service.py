"""Password storage for supplier-portal users, PBKDF2 in Django's encoded format."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_chars: int = 22


POLICY = Pbkdf2Policy()


class SupplierPasswordService:
    algorithm = "pbkdf2_sha256"

    def __init__(self, policy: Pbkdf2Policy = POLICY) -> None:
        self.policy = policy

    def _derive(self, password: str, salt: str, iterations: int) -> str:
        raw = hashlib.pbkdf2_hmac(
            self.policy.digest, password.encode("utf-8"), salt.encode("ascii"), iterations
        )
        return base64.b64encode(raw).decode("ascii")

    def encode(self, password: str) -> str:
        salt = secrets.token_urlsafe(self.policy.salt_chars)[: self.policy.salt_chars]
        iterations = self.policy.iterations
        return f"{self.algorithm}${iterations}${salt}${self._derive(password, salt, iterations)}"

    def verify(self, password: str, encoded: str) -> bool:
        try:
            algorithm, iterations, salt, stored = encoded.split("$", 3)
        except ValueError:
            return False
        if algorithm != self.algorithm:
            return False
        candidate = self._derive(password, salt, int(iterations))
        return hmac.compare_digest(candidate.encode(), stored.encode())

    def must_update(self, encoded: str) -> bool:
        try:
            _, iterations, _, _ = encoded.split("$", 3)
        except ValueError:
            return True
        return int(iterations) < self.policy.iterations


def sign_in(repo, email: str, password: str, service: SupplierPasswordService | None = None):
    service = service or SupplierPasswordService()
    user = repo.find_user(email.strip().lower())
    if user is None or not user.active:
        return None
    if not service.verify(password, user.password):
        return None
    if service.must_update(user.password):
        repo.update_password(user.id, service.encode(password))
    return user
