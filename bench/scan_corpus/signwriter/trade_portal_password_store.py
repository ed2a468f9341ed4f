"""Password hashing for trade portal users.

Architects and shopfitters sign in to re-order vinyl-free hand-lettered
panels and check the status of their installations.  Older accounts were
migrated from the previous portal and still carry PBKDF2 hashes.
"""
from passlib.context import CryptContext

from signwriter.config import settings

PORTAL_CONTEXT = CryptContext(
    schemes=["argon2", "pbkdf2_sha256"],
    default="argon2",
    deprecated=["pbkdf2_sha256"],
    pbkdf2_sha256__default_rounds=600_000,
    argon2__memory_cost=65536,
    argon2__time_cost=3,
    argon2__parallelism=4,
)


class PortalPasswordStore:
    def __init__(self, repository, context: CryptContext = PORTAL_CONTEXT):
        self._repo = repository
        self._context = context

    def set_password(self, user_id: int, password: str) -> None:
        if len(password) < settings.PORTAL_MIN_PASSWORD_LENGTH:
            raise ValueError("Password does not meet the minimum length")
        self._repo.update_password_hash(user_id, self._context.hash(password))

    def authenticate(self, email: str, password: str):
        user = self._repo.find_by_email(email.strip().lower())
        if user is None or not user.password_hash:
            self._context.dummy_verify()
            return None
        valid, upgraded = self._context.verify_and_update(password, user.password_hash)
        if not valid:
            return None
        if upgraded:
            self._repo.update_password_hash(user.id, upgraded)
        return user

    def requires_upgrade(self, stored_hash: str) -> bool:
        return self._context.needs_update(stored_hash)
