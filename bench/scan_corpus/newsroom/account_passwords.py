"""Password hashing for newsroom staff accounts (CMS, moderation tools)."""
import base64
import hashlib
import hmac
import secrets

# OWASP 2023 guidance for PBKDF2-HMAC-SHA256
PBKDF2_ITERATIONS = 600_000
ALGORITHM = "sha256"


def make_password(raw: str, iterations: int = PBKDF2_ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    dk = hashlib.pbkdf2_hmac(ALGORITHM, raw.encode("utf-8"), salt, iterations)
    return "pbkdf2_%s$%d$%s$%s" % (
        ALGORITHM,
        iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(dk).decode("ascii"),
    )


def check_password(raw: str, encoded: str) -> bool:
    try:
        algo, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algo != f"pbkdf2_{ALGORITHM}":
        return False
    dk = hashlib.pbkdf2_hmac(ALGORITHM, raw.encode("utf-8"), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    parts = encoded.split("$")
    return len(parts) != 4 or int(parts[1]) < PBKDF2_ITERATIONS
