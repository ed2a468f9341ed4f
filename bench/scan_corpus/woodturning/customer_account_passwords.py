"""Password storage for web-shop and class-booking customer accounts."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from typing import Optional

from sqlalchemy import Column, DateTime, Integer, String, func, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


@dataclass(frozen=True)
class HashingPolicy:
    algorithm: str = "sha256"
    iterations: int = 150_000
    salt_bytes: int = 16


POLICY = HashingPolicy()


class Customer(Base):
    __tablename__ = "customers"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    display_name = Column(String(120), nullable=False)
    password_hash = Column(String(255), nullable=False)
    created_at = Column(DateTime, server_default=func.now())


def _derive(password: str, salt: bytes, policy: HashingPolicy = POLICY) -> bytes:
    return hashlib.pbkdf2_hmac(
        policy.algorithm, password.encode("utf-8"), salt, policy.iterations
    )


def hash_password(password: str) -> str:
    salt = os.urandom(POLICY.salt_bytes)
    digest = _derive(password, salt)
    return "pbkdf2_{}${}${}${}".format(
        POLICY.algorithm,
        POLICY.iterations,
        base64.b64encode(salt).decode("ascii"),
        base64.b64encode(digest).decode("ascii"),
    )


def verify_password(password: str, stored: str) -> bool:
    scheme, iterations, salt_b64, digest_b64 = stored.split("$")
    policy = HashingPolicy(
        algorithm=scheme.removeprefix("pbkdf2_"), iterations=int(iterations)
    )
    candidate = _derive(password, base64.b64decode(salt_b64), policy)
    return hmac.compare_digest(candidate, base64.b64decode(digest_b64))


def register_customer(
    session: Session, email: str, display_name: str, password: str
) -> Customer:
    if len(password) < 10:
        raise ValueError("password must be at least 10 characters")
    customer = Customer(
        email=email.strip().lower(),
        display_name=display_name.strip(),
        password_hash=hash_password(password),
    )
    session.add(customer)
    session.commit()
    return customer


def authenticate(session: Session, email: str, password: str) -> Optional[Customer]:
    stmt = select(Customer).where(Customer.email == email.strip().lower())
    customer = session.scalars(stmt).first()
    if customer is None:
        return None
    if not verify_password(password, customer.password_hash):
        return None
    return customer
