"""Credential checks for the scheduling service's login endpoint."""
import logging

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

log = logging.getLogger(__name__)

_ph = PasswordHasher()


class LoginService:
    def __init__(self, users) -> None:
        self._users = users

    def register(self, email: str, password: str) -> int:
        return self._users.create(email=email.lower(), password_hash=_ph.hash(password))

    def authenticate(self, email: str, password: str) -> int | None:
        user = self._users.by_email(email.lower())
        if user is None:
            # Hash anyway so response time doesn't reveal whether the account exists.
            _ph.hash(password)
            return None
        try:
            _ph.verify(user.password_hash, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            log.info("failed login for user %s", user.id)
            return None
        if _ph.check_needs_rehash(user.password_hash):
            self._users.update_password_hash(user.id, _ph.hash(password))
        return user.id
