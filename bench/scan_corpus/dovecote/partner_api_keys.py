"""API keys for coach-tour operators who book group visits.

Operators call the group-booking API with a key issued here. Only a
digest of the key is stored; the plain key is shown once to the estate
office, who pass it to the operator.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
KEY_PREFIX = "dvc_live_"


class OperatorKey(Base):
    __tablename__ = "operator_api_keys"

    id = Column(Integer, primary_key=True)
    operator_name = Column(String(120), nullable=False)
    key_prefix = Column(String(16), nullable=False)
    key_digest = Column(String(64), unique=True, nullable=False)
    active = Column(Boolean, default=True, nullable=False)
    created_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class IssuedKey:
    operator_name: str
    plain_key: str


def _digest(plain_key: str) -> str:
    return hashlib.sha256(plain_key.encode("ascii")).hexdigest()


def issue_key(session: Session, operator_name: str) -> IssuedKey:
    plain = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(
        OperatorKey(
            operator_name=operator_name,
            key_prefix=plain[:12],
            key_digest=_digest(plain),
            created_at=datetime.now(timezone.utc),
        )
    )
    session.commit()
    return IssuedKey(operator_name, plain)


def lookup_operator(session: Session, presented: str) -> OperatorKey | None:
    if not presented.startswith(KEY_PREFIX):
        return None
    stmt = select(OperatorKey).where(
        OperatorKey.key_digest == _digest(presented), OperatorKey.active.is_(True)
    )
    return session.execute(stmt).scalar_one_or_none()


def revoke(session: Session, key_id: int) -> None:
    key = session.get(OperatorKey, key_id)
    if key is not None:
        key.active = False
        session.commit()
