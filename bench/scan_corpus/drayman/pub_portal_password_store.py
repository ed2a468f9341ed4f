"""Password storage for pub portal logins.

Landlords and bar managers log into the ordering portal to book deliveries,
see keg balances and download invoices. Hashes written by older releases are
upgraded transparently on the next successful login.
"""
from passlib.context import CryptContext
from sqlalchemy.orm import Session

from drayman.models import PortalUser

PORTAL_HASH_ROUNDS = 12

pwd_context = CryptContext(
    schemes=["bcrypt"],
    deprecated="auto",
    bcrypt__rounds=PORTAL_HASH_ROUNDS,
)


class PortalPasswordStore:
    def __init__(self, db: Session):
        self.db = db

    def set_password(self, user: PortalUser, raw: str) -> None:
        if len(raw) < 10:
            raise ValueError("Password must be at least 10 characters")
        user.password_hash = pwd_context.hash(raw)
        self.db.add(user)
        self.db.commit()

    def authenticate(self, email: str, raw: str) -> PortalUser | None:
        user = self.db.query(PortalUser).filter_by(email=email.lower(), active=True).first()
        if user is None:
            pwd_context.dummy_verify()
            return None
        ok, new_hash = pwd_context.verify_and_update(raw, user.password_hash)
        if not ok:
            return None
        if new_hash:
            user.password_hash = new_hash
            self.db.commit()
        return user
