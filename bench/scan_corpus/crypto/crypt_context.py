"""Password context shared by the web app and the Celery workers."""
from passlib.context import CryptContext

PASSWORD_SCHEMES = {
    "schemes": ["argon2", "bcrypt"],
    "default": "argon2",
    "deprecated": ["bcrypt"],
    "bcrypt__rounds": 13,
}

pwd_context = CryptContext(**PASSWORD_SCHEMES)


def hash_password(plain: str) -> str:
    return pwd_context.hash(plain)


def verify_and_upgrade(plain: str, stored: str) -> tuple[bool, str | None]:
    """Verify ``plain`` and, for bcrypt hashes, return an argon2 replacement."""
    return pwd_context.verify_and_update(plain, stored)
