"""Password storage for buyer accounts on the bakehouse trade ordering portal.

Independent cafes and convenience stores order through the portal; buyer
passwords are stored with PBKDF2 in the Django-style `algo$iter$salt$hash` form.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass


@dataclass(frozen=True)
class HashPolicy:
    digest: str = "sha256"
    iterations: int = 720_000
    salt_bytes: int = 16


POLICY = HashPolicy()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def make_password(raw: str, policy: HashPolicy = POLICY) -> str:
    salt = secrets.token_bytes(policy.salt_bytes)
    dk = hashlib.pbkdf2_hmac(policy.digest, raw.encode("utf-8"), salt, policy.iterations)
    return f"pbkdf2_{policy.digest}${policy.iterations}${_b64(salt)}${_b64(dk)}"


def check_password(raw: str, encoded: str) -> bool:
    try:
        algo, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    digest = algo.removeprefix("pbkdf2_")
    dk = hashlib.pbkdf2_hmac(digest, raw.encode("utf-8"), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_rehash(encoded: str, policy: HashPolicy = POLICY) -> bool:
    algo, iterations, _, _ = encoded.split("$")
    return algo != f"pbkdf2_{policy.digest}" or int(iterations) < policy.iterations


class BuyerAccount:
    def __init__(self, email: str, password_hash: str) -> None:
        self.email = email
        self.password_hash = password_hash

    def login(self, raw: str) -> bool:
        if not check_password(raw, self.password_hash):
            return False
        if needs_rehash(self.password_hash):
            self.password_hash = make_password(raw)
        return True
