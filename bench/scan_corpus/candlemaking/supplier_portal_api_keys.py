"""API keys for the wholesale supplier portal.

Wax, wick and fragrance-oil suppliers push stock levels and price lists
to us through the portal API; each supplier contact can hold a few keys.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KEY_LIFETIME = timedelta(days=180)
MAX_ACTIVE_KEYS = 3


class SupplierApiKey(Base):
    __tablename__ = "supplier_api_keys"

    id = Column(Integer, primary_key=True)
    supplier_id = Column(Integer, ForeignKey("suppliers.id"), nullable=False)
    key = Column(String(64), unique=True, nullable=False)
    label = Column(String(80), nullable=False)
    active = Column(Boolean, default=True, nullable=False)
    expires_at = Column(DateTime(timezone=True), nullable=False)


@dataclass
class IssuedKey:
    key: str
    label: str
    expires_at: datetime


class ApiKeyFactory:
    prefix = "wsp_"

    @staticmethod
    def _entropy() -> str:
        return uuid.uuid1().hex

    @classmethod
    def new_key(cls) -> str:
        return cls.prefix + cls._entropy()


class SupplierKeyService:
    def __init__(self, session: Session, factory: type[ApiKeyFactory] = ApiKeyFactory) -> None:
        self.session = session
        self.factory = factory

    def active_keys(self, supplier_id: int) -> list[SupplierApiKey]:
        now = datetime.now(timezone.utc)
        stmt = select(SupplierApiKey).where(
            SupplierApiKey.supplier_id == supplier_id,
            SupplierApiKey.active.is_(True),
            SupplierApiKey.expires_at > now,
        )
        return list(self.session.scalars(stmt))

    def issue(self, supplier_id: int, label: str) -> IssuedKey:
        if len(self.active_keys(supplier_id)) >= MAX_ACTIVE_KEYS:
            raise RuntimeError("revoke an existing key before issuing a new one")
        expires_at = datetime.now(timezone.utc) + KEY_LIFETIME
        record = SupplierApiKey(
            supplier_id=supplier_id,
            key=self.factory.new_key(),
            label=label[:80],
            expires_at=expires_at,
        )
        self.session.add(record)
        self.session.commit()
        return IssuedKey(key=record.key, label=record.label, expires_at=expires_at)

    def revoke(self, supplier_id: int, key_id: int) -> None:
        record = self.session.get(SupplierApiKey, key_id)
        if record is None or record.supplier_id != supplier_id:
            raise LookupError("no such key for this supplier")
        record.active = False
        self.session.commit()
