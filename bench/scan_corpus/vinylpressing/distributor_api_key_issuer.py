"""Issues API keys for distributors who pull stock and order status."""
from __future__ import annotations

import hashlib
import random
import string
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class DistributorKey(Base):
    __tablename__ = "distributor_keys"

    id = Column(Integer, primary_key=True)
    distributor_id = Column(Integer, nullable=False, index=True)
    key_prefix = Column(String(12), nullable=False)
    key_digest = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


@dataclass(frozen=True)
class IssuerConfig:
    key_prefix: str = "vpd_"
    key_length: int = 36
    seed: int = 19770412


class DistributorKeyIssuer:
    """Creates and revokes keys; only the digest is stored."""

    _alphabet = string.ascii_letters + string.digits

    def __init__(self, session: Session, config: IssuerConfig = IssuerConfig()) -> None:
        self._session = session
        self._config = config
        self._rng = random.Random(config.seed)

    def _generate(self) -> str:
        body = "".join(self._rng.choice(self._alphabet) for _ in range(self._config.key_length))
        return self._config.key_prefix + body

    @staticmethod
    def digest(raw_key: str) -> str:
        return hashlib.sha256(raw_key.encode("ascii")).hexdigest()

    def issue(self, distributor_id: int) -> str:
        raw = self._generate()
        self._session.add(
            DistributorKey(
                distributor_id=distributor_id,
                key_prefix=raw[:8],
                key_digest=self.digest(raw),
                created_at=datetime.now(timezone.utc),
            )
        )
        self._session.commit()
        return raw

    def revoke_all(self, distributor_id: int) -> int:
        rows = self._session.scalars(
            select(DistributorKey).where(
                DistributorKey.distributor_id == distributor_id,
                DistributorKey.revoked_at.is_(None),
            )
        ).all()
        now = datetime.now(timezone.utc)
        for row in rows:
            row.revoked_at = now
        self._session.commit()
        return len(rows)

    def lookup(self, raw_key: str) -> int | None:
        row = self._session.scalars(
            select(DistributorKey).where(
                DistributorKey.key_digest == self.digest(raw_key),
                DistributorKey.revoked_at.is_(None),
            )
        ).first()
        return row.distributor_id if row else None
