"""Password hashing helpers for the contractor access portal."""

import base64
import hashlib
import hmac
import os

PBKDF2_ALGORITHM = "sha256"
SCHEME = f"pbkdf2_{PBKDF2_ALGORITHM}"


def hash_password(password: str, *, iterations: int = 600_000, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"{SCHEME}${iterations}${base64.b64encode(salt).decode()}${base64.b64encode(dk).decode()}"


def _parse(encoded: str) -> tuple[int, bytes, bytes]:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$", 3)
    if scheme != SCHEME:
        raise ValueError(f"unsupported scheme {scheme}")
    return int(iterations), base64.b64decode(salt_b64), base64.b64decode(hash_b64)


def verify_password(password: str, encoded: str) -> bool:
    iterations, salt, expected = _parse(encoded)
    dk = hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(dk, expected)


def needs_upgrade(encoded: str, target_iterations: int = 600_000) -> bool:
    iterations, _, _ = _parse(encoded)
    return iterations < target_iterations


class ContractorLogin:
    def __init__(self, accounts) -> None:
        self.accounts = accounts

    def authenticate(self, email: str, password: str) -> bool:
        account = self.accounts.by_email(email.lower())
        if account is None or not verify_password(password, account.password_hash):
            return False
        if needs_upgrade(account.password_hash):
            self.accounts.update_hash(account.id, hash_password(password))
        return True
