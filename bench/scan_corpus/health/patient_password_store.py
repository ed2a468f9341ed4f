"""Credential storage for patient portal accounts.

Password hashes use PBKDF2-HMAC-SHA256 at the current OWASP-recommended cost.
Password-reset tokens are random and only their SHA-256 digest is persisted.
"""
import base64
import hashlib
import hmac
import secrets

PBKDF2_ITERATIONS = 600_000
SALT_BYTES = 16
RESET_TOKEN_BYTES = 32


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, PBKDF2_ITERATIONS)
    return "$".join(
        ["pbkdf2_sha256", str(PBKDF2_ITERATIONS),
         base64.b64encode(salt).decode(), base64.b64encode(dk).decode()]
    )


def check_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, dk_b64 = stored.split("$", 3)
    if scheme != "pbkdf2_sha256" or int(iterations) < PBKDF2_ITERATIONS:
        return False
    dk = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(dk, base64.b64decode(dk_b64))


def new_reset_token() -> tuple[str, str]:
    """Return (token for the email link, digest to store in password_resets)."""
    token = secrets.token_urlsafe(RESET_TOKEN_BYTES)
    return token, hashlib.sha256(token.encode("ascii")).hexdigest()


def reset_token_matches(token: str, stored_digest: str) -> bool:
    digest = hashlib.sha256(token.encode("ascii")).hexdigest()
    return hmac.compare_digest(digest, stored_digest)
