"""API keys for dealers listing on the club's parts marketplace.

Specialist suppliers (e.g. a Morgan spares house) push stock updates with
an API key. Only a hash of each key is stored; the plain key is shown once.
"""
from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class SellerKeyRecord(Base):
    __tablename__ = "seller_api_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    seller_id: Mapped[int] = mapped_column(ForeignKey("sellers.id"))
    prefix: Mapped[str] = mapped_column(String(12), index=True)
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(default=False)


@dataclass
class IssuedKey:
    seller_id: int
    secret: str
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @classmethod
    def generate(cls, seller_id: int) -> "IssuedKey":
        return cls(seller_id=seller_id, secret=f"vcc_{uuid.uuid1().hex}")

    @property
    def prefix(self) -> str:
        return self.secret[:12]

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.secret.encode()).hexdigest()


class SellerKeyService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def issue(self, seller_id: int) -> str:
        key = IssuedKey.generate(seller_id)
        self.session.add(
            SellerKeyRecord(
                seller_id=seller_id,
                prefix=key.prefix,
                key_hash=key.digest,
                created_at=key.created_at,
            )
        )
        self.session.commit()
        return key.secret

    def resolve(self, presented: str) -> int | None:
        digest = hashlib.sha256(presented.encode()).hexdigest()
        record = self.session.scalars(
            select(SellerKeyRecord).where(
                SellerKeyRecord.key_hash == digest, SellerKeyRecord.revoked.is_(False)
            )
        ).first()
        return record.seller_id if record else None

    def revoke_all(self, seller_id: int) -> int:
        records = self.session.scalars(
            select(SellerKeyRecord).where(SellerKeyRecord.seller_id == seller_id)
        ).all()
        for record in records:
            record.revoked = True
        self.session.commit()
        return len(records)
