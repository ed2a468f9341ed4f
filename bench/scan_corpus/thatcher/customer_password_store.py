"""Password storage for customer accounts on the bookings site.

Customers booking a re-ridge or a full re-thatch create an account to hold
their deposit and see survey notes. Passwords are hashed with Argon2id; the
MD5 below is only used to build the Gravatar URL shown on the account page.
"""

import hashlib
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher()


@dataclass
class CustomerAccount:
    id: int
    email: str
    password_hash: str
    display_name: str

    @property
    def avatar_url(self) -> str:
        email_digest = hashlib.md5(self.email.strip().lower().encode()).hexdigest()
        return f"https://www.gravatar.com/avatar/{email_digest}?d=identicon&s=80"


class CustomerPasswordService:
    def __init__(self, repository):
        self.repo = repository

    def set_password(self, account: CustomerAccount, new_password: str) -> None:
        account.password_hash = _hasher.hash(new_password)
        self.repo.save(account)

    def authenticate(self, email: str, password: str) -> CustomerAccount | None:
        account = self.repo.find_by_email(email.strip().lower())
        if account is None:
            return None
        try:
            _hasher.verify(account.password_hash, password)
        except (VerifyMismatchError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(account.password_hash):
            account.password_hash = _hasher.hash(password)
            self.repo.save(account)
        return account
