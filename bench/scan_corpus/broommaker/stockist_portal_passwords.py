"""Password storage for stockist (garden centre, hardware shop) portal accounts."""

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

ALGORITHM = "pbkdf2_sha256"
PBKDF2_ITERATIONS = 870_000
SALT_BYTES = 16


@dataclass
class PasswordPolicy:
    min_length: int = 12
    banned: set = field(default_factory=lambda: {"broomstick", "besom1234", "heather123"})

    def check(self, password: str) -> None:
        if len(password) < self.min_length:
            raise ValueError(f"password must be at least {self.min_length} characters")
        if password.lower() in self.banned:
            raise ValueError("that password is too easy to guess")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def make_password(password: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(dk)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    salt = base64.b64decode(salt_b64 + "=" * (-len(salt_b64) % 4))
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(_b64(dk), hash_b64)


def needs_rehash(encoded: str) -> bool:
    """True when a stored hash predates the current iteration count."""
    parts = encoded.split("$", 3)
    return len(parts) != 4 or parts[0] != ALGORITHM or int(parts[1]) < PBKDF2_ITERATIONS


class StockistPasswordService:
    def __init__(self, repo, policy: PasswordPolicy | None = None):
        self.repo = repo
        self.policy = policy or PasswordPolicy()

    def set_password(self, stockist_id: int, password: str) -> None:
        self.policy.check(password)
        self.repo.update_password_hash(stockist_id, make_password(password))

    def login(self, email: str, password: str) -> int | None:
        account = self.repo.find_by_email(email)
        if account is None or not check_password(password, account.password_hash):
            return None
        if needs_rehash(account.password_hash):
            self.repo.update_password_hash(account.id, make_password(password))
        return account.id
