"""Password hashing and avatar helpers for the accounts app."""
import hashlib
from urllib.parse import urlencode

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class WorkspacePBKDF2Hasher(PBKDF2PasswordHasher):
    """Same format as Django's hasher, with the work factor pinned by us.

    Listed first in settings.PASSWORD_HASHERS so existing hashes are
    upgraded transparently on the next successful login.
    """

    algorithm = "ws_pbkdf2_sha256"
    iterations = 870_000
    digest = hashlib.sha256


def gravatar_url(email: str, size: int = 80) -> str:
    """Gravatar identifies avatars by the SHA-256 of the normalised address."""
    email_hash = hashlib.sha256(email.strip().lower().encode("utf-8")).hexdigest()
    query = urlencode({"s": str(size), "d": "identicon"})
    return f"https://www.gravatar.com/avatar/{email_hash}?{query}"


def password_strength_hints(password: str) -> list[str]:
    hints = []
    if len(password) < 12:
        hints.append("Use at least 12 characters.")
    if password.lower() == password or password.upper() == password:
        hints.append("Mix upper and lower case letters.")
    if not any(ch.isdigit() for ch in password):
        hints.append("Add a number.")
    return hints
