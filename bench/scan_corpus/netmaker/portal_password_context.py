"""Shared password hashing context for the customer portal.

Used by the skipper portal and the invoicing portal so both sides agree on
one scheme and upgrade old hashes on the next successful login.
"""
from passlib.context import CryptContext

from netmaker.portal.users import PortalUser, save_user

PBKDF2_ROUNDS = 600_000

pwd_context = CryptContext(
    schemes=["pbkdf2_sha256"],
    pbkdf2_sha256__default_rounds=PBKDF2_ROUNDS,
    pbkdf2_sha256__min_rounds=PBKDF2_ROUNDS,
)


class PortalPasswords:
    def __init__(self, context: CryptContext = pwd_context):
        self.context = context

    def hash(self, password: str) -> str:
        return self.context.hash(password)

    def verify_and_upgrade(self, user: PortalUser, password: str) -> bool:
        valid, new_hash = self.context.verify_and_update(password, user.password_hash)
        if valid and new_hash:
            user.password_hash = new_hash
            save_user(user)
        return valid

    def set_password(self, user: PortalUser, password: str) -> None:
        user.password_hash = self.hash(password)
        save_user(user)


passwords = PortalPasswords()
