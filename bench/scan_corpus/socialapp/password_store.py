"""Password hashing and verification for member accounts."""

from __future__ import annotations

from passlib.context import CryptContext

from accounts.errors import PasswordPolicyError

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256

_pwd_context = CryptContext(
    schemes=["pbkdf2_sha256"],
    deprecated="auto",
    pbkdf2_sha256__default_rounds=29000,
)


def check_policy(plain: str, *, username: str, email: str) -> None:
    if not MIN_PASSWORD_LENGTH <= len(plain) <= MAX_PASSWORD_LENGTH:
        raise PasswordPolicyError(
            f"Password must be between {MIN_PASSWORD_LENGTH} and {MAX_PASSWORD_LENGTH} characters."
        )
    lowered = plain.lower()
    if username.lower() in lowered or email.split("@")[0].lower() in lowered:
        raise PasswordPolicyError("Password must not contain your username or email.")


def hash_password(plain: str) -> str:
    return _pwd_context.hash(plain)


def verify_password(user, plain: str) -> bool:
    """Verify and transparently upgrade the stored hash when the policy changes."""
    ok, new_hash = _pwd_context.verify_and_update(plain, user.password_hash)
    if ok and new_hash:
        user.password_hash = new_hash
        user.save(update_fields=["password_hash"])
    return ok


def set_password(user, plain: str) -> None:
    check_policy(plain, username=user.username, email=user.email)
    user.password_hash = hash_password(plain)
    user.save(update_fields=["password_hash"])
