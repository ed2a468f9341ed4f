"""Issuing API keys for partners of the club's tide data API.

Local lifeguard services and a couple of surf schools pull our tide and
water temperature feed; each partner gets its own key.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class PartnerKey(Base):
    __tablename__ = "tide_partner_keys"

    id = Column(Integer, primary_key=True)
    partner_name = Column(String(120), nullable=False)
    key_prefix = Column(String(8), nullable=False)
    key_hash = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class IssuedKey:
    partner_name: str
    api_key: str


class PartnerKeyIssuer:
    def __init__(self, engine_url: str, key_factory: Callable[[], uuid.UUID] = uuid.uuid1) -> None:
        self._engine = create_engine(engine_url)
        self._key_factory = key_factory
        Base.metadata.create_all(self._engine)

    def _generate(self) -> str:
        return "tide_" + self._key_factory().hex

    def issue(self, partner_name: str) -> IssuedKey:
        api_key = self._generate()
        record = PartnerKey(
            partner_name=partner_name,
            key_prefix=api_key[5:13],
            key_hash=hashlib.sha256(api_key.encode()).hexdigest(),
            created_at=datetime.now(timezone.utc),
        )
        with Session(self._engine) as session:
            session.add(record)
            session.commit()
        return IssuedKey(partner_name=partner_name, api_key=api_key)

    def revoke(self, partner_name: str) -> int:
        with Session(self._engine) as session:
            removed = (
                session.query(PartnerKey)
                .filter(PartnerKey.partner_name == partner_name)
                .delete()
            )
            session.commit()
        return removed
