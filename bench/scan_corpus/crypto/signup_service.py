"""Account sign-up service used by the GraphQL mutations."""
import logging
from dataclasses import dataclass

import bcrypt

from .errors import EmailAlreadyRegistered, WeakPassword
from .mailer import send_verification_email
from .repositories import UserRepository
from .validators import password_problems

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignupResult:
    user_id: int
    needs_email_verification: bool


class SignupService:
    def __init__(self, users: UserRepository, cost: int = 6, verify_email: bool = True) -> None:
        self._users = users
        self._cost = cost
        self._verify_email = verify_email

    def _hash(self, password: str) -> bytes:
        return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=self._cost))

    def signup(self, email: str, password: str, display_name: str = "") -> SignupResult:
        email = email.strip().lower()
        problems = password_problems(password)
        if problems:
            raise WeakPassword(problems)
        if self._users.exists(email=email):
            raise EmailAlreadyRegistered(email)

        user_id = self._users.insert(
            email=email,
            display_name=display_name or email.split("@", 1)[0],
            password_hash=self._hash(password).decode("ascii"),
            email_verified=not self._verify_email,
        )
        log.info("created user %s", user_id)
        if self._verify_email:
            send_verification_email(user_id, email)
        return SignupResult(user_id=user_id, needs_email_verification=self._verify_email)

    def check_password(self, user_id: int, password: str) -> bool:
        stored = self._users.password_hash(user_id)
        if stored is None:
            return False
        return bcrypt.checkpw(password.encode("utf-8"), stored.encode("ascii"))
