"""Password hashing for LIMS local accounts (service desk and guest users
that are not in the institute directory)."""
import base64
import hashlib
import hmac
import secrets

# Stored format: pbkdf2_sha256$<iterations>$<salt b64>$<hash b64>
ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 600_000
SALT_BYTES = 16
MIN_LENGTH = 12


class PasswordPolicyError(ValueError):
    pass


def validate(password: str, username: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"password must be at least {MIN_LENGTH} characters")
    if username.lower() in password.lower():
        raise PasswordPolicyError("password must not contain the username")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    digest = hashlib.pbkdf2_hmac(
        "sha256", password.encode("utf-8"), base64.b64decode(salt_b64), int(iterations)
    )
    return hmac.compare_digest(digest, base64.b64decode(hash_b64))


def needs_rehash(encoded: str) -> bool:
    try:
        return int(encoded.split("$")[1]) < ITERATIONS
    except (IndexError, ValueError):
        return True
