"""Password storage for the council tax online account (resident self-service)."""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

HASH_NAME = "sha256"
SALT_BYTES = 16

# Tuned on the 2019 web tier to keep a login under 100 ms.
KDF_ROUNDS = 120_000

PREFIX = "pbkdf2_sha256"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


@dataclass
class CredentialCheck:
    ok: bool
    needs_rehash: bool = False


def hash_password(password: str, rounds: int = KDF_ROUNDS) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, rounds)
    return f"{PREFIX}${rounds}${_b64(salt)}${_b64(digest)}"


def check_password(password: str, stored: str) -> CredentialCheck:
    try:
        prefix, rounds_s, salt_s, digest_s = stored.split("$")
    except ValueError:
        return CredentialCheck(ok=False)
    if prefix != PREFIX:
        return CredentialCheck(ok=False)

    rounds = int(rounds_s)
    candidate = hashlib.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), _unb64(salt_s), rounds)
    ok = hmac.compare_digest(candidate, _unb64(digest_s))
    return CredentialCheck(ok=ok, needs_rehash=ok and rounds < KDF_ROUNDS)
