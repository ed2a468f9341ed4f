"""Customer portal account credentials.

Customers who leave a clock with the workshop get a portal login so they can
follow the repair ticket, approve quotes and book a collection slot.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from clockmaker.settings import PORTAL_SETTINGS


@dataclass(frozen=True)
class HashPolicy:
    algorithm: str = "sha256"
    iterations: int = 120_000
    salt_bytes: int = 16


def _policy() -> HashPolicy:
    overrides = PORTAL_SETTINGS.get("password_policy", {})
    return HashPolicy(**overrides)


def hash_portal_password(raw_password: str) -> str:
    policy = _policy()
    salt = os.urandom(policy.salt_bytes)
    digest = hashlib.pbkdf2_hmac(policy.algorithm, raw_password.encode("utf-8"), salt, policy.iterations)
    return "$".join(
        [
            f"pbkdf2_{policy.algorithm}",
            str(policy.iterations),
            base64.b64encode(salt).decode("ascii"),
            base64.b64encode(digest).decode("ascii"),
        ]
    )


def verify_portal_password(raw_password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    algorithm = scheme.removeprefix("pbkdf2_")
    salt = base64.b64decode(salt_b64)
    expected = base64.b64decode(digest_b64)
    candidate = hashlib.pbkdf2_hmac(algorithm, raw_password.encode("utf-8"), salt, int(iterations))
    return hmac.compare_digest(candidate, expected)


def needs_rehash(stored: str) -> bool:
    policy = _policy()
    parts = stored.split("$")
    return len(parts) != 4 or int(parts[1]) < policy.iterations
