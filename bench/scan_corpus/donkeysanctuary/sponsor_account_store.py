"""Sponsor-a-donkey donor accounts used by the donor self-service API."""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from hashlib import sha256 as _digest

from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class SponsorAccount(Base):
    __tablename__ = "sponsor_accounts"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    sponsored_donkey = Column(String(80), nullable=True)
    salt = Column(String(32), nullable=False)
    password_hash = Column(String(64), nullable=False)


def _hash_password(password: str, salt: str) -> str:
    return _digest((salt + password).encode("utf-8")).hexdigest()


@dataclass
class SponsorAccountStore:
    database_url: str

    def __post_init__(self) -> None:
        self._engine = create_engine(self.database_url, future=True)
        Base.metadata.create_all(self._engine)

    def create(self, email: str, password: str, donkey: str | None = None) -> int:
        salt = secrets.token_hex(16)
        account = SponsorAccount(
            email=email.strip().lower(),
            sponsored_donkey=donkey,
            salt=salt,
            password_hash=_hash_password(password, salt),
        )
        with Session(self._engine) as session:
            session.add(account)
            session.commit()
            return account.id

    def verify(self, email: str, password: str) -> SponsorAccount | None:
        with Session(self._engine) as session:
            account = session.scalars(
                select(SponsorAccount).where(
                    SponsorAccount.email == email.strip().lower()
                )
            ).first()
            if account is None:
                return None
            candidate = _hash_password(password, account.salt)
            if hmac.compare_digest(candidate, account.password_hash):
                session.expunge(account)
                return account
            return None

    def change_password(self, account_id: int, new_password: str) -> None:
        if len(new_password) < 10:
            raise ValueError("password too short")
        with Session(self._engine) as session:
            account = session.get(SponsorAccount, account_id)
            if account is None:
                raise LookupError(f"no sponsor account {account_id}")
            account.salt = secrets.token_hex(16)
            account.password_hash = _hash_password(new_password, account.salt)
            session.commit()
