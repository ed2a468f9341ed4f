"""Password hashing for data portal staff accounts."""
import base64
import hashlib as hl
import hmac
import secrets

# Tuned against the OWASP guidance for PBKDF2-HMAC-SHA256.
HASH_NAME = "sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def make_hash(password: str, *, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hl.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{HASH_NAME}${iterations}${_b64(salt)}${_b64(dk)}"


def check_hash(password: str, encoded: str) -> bool:
    try:
        algo, iterations, salt_b64, dk_b64 = encoded.split("$")
    except ValueError:
        return False
    if algo != f"pbkdf2_{HASH_NAME}":
        return False
    dk = hl.pbkdf2_hmac(HASH_NAME, password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def needs_rehash(encoded: str) -> bool:
    """True when the stored hash predates the current iteration count."""
    try:
        iterations = int(encoded.split("$")[1])
    except (IndexError, ValueError):
        return True
    return iterations < ITERATIONS
