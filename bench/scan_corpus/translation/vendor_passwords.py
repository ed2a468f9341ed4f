"""Password hashing for vendor (freelancer) accounts.

Stored format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``
"""
import hashlib
import hmac
import secrets

ALGORITHM = "sha256"
ITERATIONS = 600_000
SALT_BYTES = 16


def hash_password(password: str, *, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac(ALGORITHM, password.encode("utf-8"), salt, iterations)
    return f"pbkdf2_{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != f"pbkdf2_{ALGORITHM}":
        return False
    candidate = hashlib.pbkdf2_hmac(
        ALGORITHM, password.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))


def needs_rehash(stored: str) -> bool:
    try:
        return int(stored.split("$")[1]) < ITERATIONS
    except (IndexError, ValueError):
        return True


def email_fingerprint(email: str) -> str:
    """Stable key used to spot duplicate vendor sign-ups across agencies."""
    return hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
