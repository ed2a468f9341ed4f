"""Password storage for volunteer accounts, plus the email fingerprint used
to spot duplicate sign-ups across branches."""
import base64
import hashlib
import hmac
import os
import unicodedata

HASH_PREFIX = "pbkdf2_sha256"
SALT_BYTES = 16
# Raised from 260k in line with the current OWASP guidance for PBKDF2-SHA256.
PBKDF2_ITERATIONS = 720_000


def _normalise(password: str) -> bytes:
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def make_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", _normalise(password), salt, PBKDF2_ITERATIONS)
    return f"{HASH_PREFIX}${PBKDF2_ITERATIONS}${base64.b64encode(salt).decode()}${base64.b64encode(dk).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        prefix, iterations, salt_b64, dk_b64 = stored.split("$")
    except ValueError:
        return False
    if prefix != HASH_PREFIX or int(iterations) < PBKDF2_ITERATIONS:
        return False
    dk = hashlib.pbkdf2_hmac("sha256", _normalise(password), base64.b64decode(salt_b64), int(iterations))
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def email_fingerprint(email: str) -> str:
    """Stable key for de-duplicating sign-ups; not used for authentication."""
    canonical = email.strip().lower()
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
