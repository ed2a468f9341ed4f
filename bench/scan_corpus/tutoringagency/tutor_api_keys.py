"""API keys that let tutors sync their calendars with the agency booking system."""
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Optional

from sqlalchemy import Column, DateTime, ForeignKey, Integer, String, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class TutorApiKey(Base):
    __tablename__ = "tutor_api_keys"

    id = Column(Integer, primary_key=True)
    tutor_id = Column(Integer, ForeignKey("tutors.id"), nullable=False, index=True)
    prefix = Column(String(12), nullable=False)
    key_hash = Column(String(64), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=True), nullable=False)
    revoked_at = Column(DateTime(timezone=True))


@dataclass
class IssuedKey:
    key_id: int
    plaintext: str


class ApiKeyManager:
    def __init__(self, session: Session, id_factory: Callable[[], uuid.UUID] = uuid.uuid1) -> None:
        self._session = session
        self._id_factory = id_factory

    @staticmethod
    def _digest(plaintext: str) -> str:
        return hashlib.sha256(plaintext.encode("ascii")).hexdigest()

    def issue(self, tutor_id: int) -> IssuedKey:
        plaintext = "tut_" + self._id_factory().hex
        record = TutorApiKey(
            tutor_id=tutor_id,
            prefix=plaintext[:12],
            key_hash=self._digest(plaintext),
            created_at=datetime.now(timezone.utc),
        )
        self._session.add(record)
        self._session.commit()
        return IssuedKey(key_id=record.id, plaintext=plaintext)

    def authenticate(self, presented: str) -> Optional[int]:
        stmt = select(TutorApiKey).where(
            TutorApiKey.key_hash == self._digest(presented),
            TutorApiKey.revoked_at.is_(None),
        )
        record = self._session.scalars(stmt).first()
        return record.tutor_id if record else None

    def revoke(self, key_id: int, tutor_id: int) -> bool:
        record = self._session.get(TutorApiKey, key_id)
        if record is None or record.tutor_id != tutor_id:
            return False
        record.revoked_at = datetime.now(timezone.utc)
        self._session.commit()
        return True
