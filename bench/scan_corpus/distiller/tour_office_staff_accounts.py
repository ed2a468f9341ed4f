"""Staff accounts for the tour booking back office.

Front-of-house staff manage tour slots, group bookings and refunds. Their
passwords are hashed with Argon2id via argon2-cffi.
"""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

from tours.db import db_session
from tours.models import StaffUser

_hasher = PasswordHasher(
    time_cost=3,
    memory_cost=64 * 1024,
    parallelism=4,
    hash_len=32,
    salt_len=16,
)


class StaffCredentialService:
    def __init__(self, session=None):
        self.session = session or db_session()

    def set_password(self, user: StaffUser, raw_password: str) -> None:
        if len(raw_password) < 12:
            raise ValueError("Staff passwords must be at least 12 characters")
        user.password_hash = _hasher.hash(raw_password)
        self.session.add(user)
        self.session.commit()

    def authenticate(self, email: str, raw_password: str) -> StaffUser | None:
        user = self.session.query(StaffUser).filter_by(email=email.lower(), active=True).first()
        if user is None:
            return None
        try:
            _hasher.verify(user.password_hash, raw_password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(user.password_hash):
            self.set_password(user, raw_password)
        return user
