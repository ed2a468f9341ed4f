"""Password records for press-day volunteers (stdlib only, runs on the mill's Pi)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Pbkdf2Policy:
    digest: str = "sha256"
    iterations: int = 600_000
    salt_bytes: int = 16

    def derive(self, password: str, salt: bytes, iterations: int | None = None) -> bytes:
        return hashlib.pbkdf2_hmac(
            self.digest, password.encode("utf-8"), salt, iterations or self.iterations
        )


POLICY = Pbkdf2Policy()


def make_record(password: str, policy: Pbkdf2Policy = POLICY) -> str:
    salt = os.urandom(policy.salt_bytes)
    dk = policy.derive(password, salt)
    return "$".join(
        [
            f"pbkdf2-{policy.digest}",
            str(policy.iterations),
            base64.b64encode(salt).decode(),
            base64.b64encode(dk).decode(),
        ]
    )


def check_record(password: str, record: str, policy: Pbkdf2Policy = POLICY) -> bool:
    try:
        scheme, iterations, salt_b64, dk_b64 = record.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2-{policy.digest}":
        return False
    candidate = policy.derive(password, base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(candidate, base64.b64decode(dk_b64))


def needs_upgrade(record: str, policy: Pbkdf2Policy = POLICY) -> bool:
    parts = record.split("$")
    return len(parts) != 4 or int(parts[1]) < policy.iterations


if __name__ == "__main__":
    import getpass

    print(make_record(getpass.getpass("New volunteer password: ")))
