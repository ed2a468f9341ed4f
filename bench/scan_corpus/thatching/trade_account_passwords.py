"""Password handling for trade accounts (other thatchers buying reed from our yard).

Trade customers log in to the yard shop to see stock, trade prices and collect
slots. Hashes are argon2id, and older hashes are upgraded on successful login.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Column, Integer, String, create_engine, select
from sqlalchemy.orm import declarative_base, sessionmaker

log = logging.getLogger("yardshop.auth")
Base = declarative_base()


class TradeAccount(Base):
    __tablename__ = "trade_accounts"

    id = Column(Integer, primary_key=True)
    company = Column(String(160), nullable=False)
    email = Column(String(200), unique=True, nullable=False)
    password_hash = Column(String(255), nullable=False)
    price_band = Column(String(1), nullable=False, default="B")


@dataclass(frozen=True)
class HashingPolicy:
    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 2

    def hasher(self) -> PasswordHasher:
        return PasswordHasher(
            time_cost=self.time_cost,
            memory_cost=self.memory_cost_kib,
            parallelism=self.parallelism,
        )


class TradeAccountAuth:
    def __init__(self, database_url: str, policy: HashingPolicy = HashingPolicy()) -> None:
        self._sessions = sessionmaker(bind=create_engine(database_url), expire_on_commit=False)
        self._ph = policy.hasher()

    def register(self, company: str, email: str, password: str) -> int:
        if len(password) < 12:
            raise ValueError("password must be at least 12 characters")
        with self._sessions.begin() as db:
            acct = TradeAccount(company=company, email=email.lower(),
                                password_hash=self._ph.hash(password))
            db.add(acct)
            db.flush()
            log.info("trade account registered for %s (%s)", company, email)
            return acct.id

    def authenticate(self, email: str, password: str) -> TradeAccount | None:
        with self._sessions.begin() as db:
            acct = db.execute(
                select(TradeAccount).where(TradeAccount.email == email.lower())
            ).scalar_one_or_none()
            if acct is None:
                return None
            try:
                self._ph.verify(acct.password_hash, password)
            except (VerificationError, InvalidHashError):
                log.info("failed trade login for %s", email)
                return None
            if self._ph.check_needs_rehash(acct.password_hash):
                acct.password_hash = self._ph.hash(password)
            return acct
