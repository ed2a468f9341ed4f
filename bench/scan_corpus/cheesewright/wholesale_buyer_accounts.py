"""Wholesale buyer account management for the trade ordering portal."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass, field

from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 100_000
    salt_bytes: int = 16
    tags: tuple = field(default_factory=lambda: ("pbkdf2",))


POLICY = HashingPolicy()


def _derive(password: str, salt: bytes, policy: HashingPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(policy.algorithm, password.encode("utf-8"), salt, policy.iterations)


class WholesaleBuyer(Base):
    __tablename__ = "wholesale_buyers"

    id = Column(Integer, primary_key=True)
    trading_name = Column(String(120), nullable=False)
    email = Column(String(254), unique=True, nullable=False)
    credit_terms_days = Column(Integer, default=30)
    password_hash = Column(String(200), nullable=False)

    def set_password(self, password: str) -> None:
        salt = os.urandom(POLICY.salt_bytes)
        digest = _derive(password, salt)
        self.password_hash = "$".join(
            [
                POLICY.algorithm,
                str(POLICY.iterations),
                base64.b64encode(salt).decode(),
                base64.b64encode(digest).decode(),
            ]
        )

    def check_password(self, password: str) -> bool:
        algorithm, iterations, salt_b64, digest_b64 = self.password_hash.split("$")
        policy = HashingPolicy(algorithm=algorithm, iterations=int(iterations))
        candidate = _derive(password, base64.b64decode(salt_b64), policy)
        return hmac.compare_digest(candidate, base64.b64decode(digest_b64))

    def __repr__(self) -> str:
        return f"<WholesaleBuyer {self.trading_name!r} terms={self.credit_terms_days}d>"
