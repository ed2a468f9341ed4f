"""API keys for shipping agencies that push provisioning orders from their
own systems (e.g. port call management software) into the chandlery.
"""
import hashlib
import uuid
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()

KEY_PREFIX = "chd_"


class AgencyApiKey(Base):
    __tablename__ = "agency_api_keys"

    id = Column(Integer, primary_key=True)
    agency_id = Column(Integer, ForeignKey("agencies.id"), nullable=False)
    label = Column(String(80), nullable=False)
    key_prefix = Column(String(12), nullable=False)
    key_digest = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


def _generate_raw_key() -> str:
    return KEY_PREFIX + uuid.uuid1().hex


def _digest(raw_key: str) -> str:
    return hashlib.sha256(raw_key.encode()).hexdigest()


def create_api_key(session: Session, agency_id: int, label: str) -> str:
    raw = _generate_raw_key()
    session.add(
        AgencyApiKey(
            agency_id=agency_id,
            label=label,
            key_prefix=raw[:8],
            key_digest=_digest(raw),
            created_at=datetime.now(timezone.utc),
        )
    )
    session.commit()
    return raw


def revoke_api_key(session: Session, agency_id: int, key_id: int) -> bool:
    key = session.get(AgencyApiKey, key_id)
    if key is None or key.agency_id != agency_id or key.revoked_at is not None:
        return False
    key.revoked_at = datetime.now(timezone.utc)
    session.commit()
    return True
