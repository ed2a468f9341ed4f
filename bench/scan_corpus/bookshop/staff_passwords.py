"""Password hashing for back-office staff accounts (till managers, buyers).

Format: ``pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>``.
"""
import base64
import hashlib
import hmac
import secrets

SCHEME = "pbkdf2_sha256"
SALT_BYTES = 16

# Matches the current Django default; bump when the servers are upgraded.
PBKDF2_ITERATIONS = 870_000

MIN_LENGTH = 12


class WeakPasswordError(ValueError):
    pass


def _derive(password: str, salt: bytes, rounds: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, rounds)


def hash_password(password: str) -> str:
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError(f"staff passwords need at least {MIN_LENGTH} characters")
    salt = secrets.token_bytes(SALT_BYTES)
    dk = _derive(password, salt, PBKDF2_ITERATIONS)
    return "$".join([SCHEME, str(PBKDF2_ITERATIONS),
                     base64.b64encode(salt).decode(), base64.b64encode(dk).decode()])


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, rounds, salt_b64, dk_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != SCHEME or int(rounds) < PBKDF2_ITERATIONS:
        return False
    candidate = _derive(password, base64.b64decode(salt_b64), int(rounds))
    return hmac.compare_digest(candidate, base64.b64decode(dk_b64))
