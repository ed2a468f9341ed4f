"""Password handling for the customer commission portal.

Customers who order a custom build get a portal login to follow the
progress of their instrument: wood selection, carving, finishing, setup.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class HashSettings:
    algorithm: str = "sha256"
    iterations: int = 50_000
    salt_bytes: int = 16


SETTINGS = HashSettings()


def hash_password(password: str, settings: HashSettings = SETTINGS) -> str:
    salt = os.urandom(settings.salt_bytes)
    dk = hashlib.pbkdf2_hmac(settings.algorithm, password.encode(), salt, settings.iterations)
    return "pbkdf2_{}${}${}${}".format(
        settings.algorithm,
        settings.iterations,
        base64.b64encode(salt).decode(),
        base64.b64encode(dk).decode(),
    )


def verify_password(password: str, encoded: str) -> bool:
    scheme, iterations, salt_b64, hash_b64 = encoded.split("$")
    algorithm = scheme.split("_", 1)[1]
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(hash_b64)
    dk = hashlib.pbkdf2_hmac(algorithm, password.encode(), salt, int(iterations))
    return hmac.compare_digest(dk, expected)


class PortalAccountService:
    def __init__(self, repo):
        self.repo = repo

    def register(self, email: str, password: str, commission_id: int) -> int:
        if len(password) < 10:
            raise ValueError("password must be at least 10 characters")
        return self.repo.insert_account(
            email=email.lower().strip(),
            password_hash=hash_password(password),
            commission_id=commission_id,
        )

    def login(self, email: str, password: str):
        account = self.repo.find_by_email(email.lower().strip())
        if account and verify_password(password, account.password_hash):
            return account
        return None

    def change_password(self, account_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("password must be at least 10 characters")
        self.repo.update_password(account_id, hash_password(new_password))
