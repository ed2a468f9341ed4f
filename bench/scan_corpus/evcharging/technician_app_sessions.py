"""Session handling for the field technician tablet app."""
from __future__ import annotations

import hashlib
import time
from datetime import datetime, timedelta, timezone
from typing import Optional

from sqlalchemy import DateTime, ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

SESSION_LIFETIME = timedelta(hours=10)


class Base(DeclarativeBase):
    pass


class TechnicianSession(Base):
    __tablename__ = "technician_sessions"

    session_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    technician_id: Mapped[int] = mapped_column(ForeignKey("technicians.id"))
    device_serial: Mapped[str] = mapped_column(String(40))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SessionIdFactory:
    def __init__(self, namespace: str = "fieldtech") -> None:
        self.namespace = namespace

    def new_id(self, technician_id: int, device_serial: str) -> str:
        material = f"{self.namespace}:{technician_id}:{device_serial}:{time.time_ns()}"
        return hashlib.sha256(material.encode()).hexdigest()


class TechnicianSessionService:
    def __init__(self, db: Session, ids: SessionIdFactory | None = None) -> None:
        self.db = db
        self.ids = ids or SessionIdFactory()

    def open(self, technician_id: int, device_serial: str) -> TechnicianSession:
        record = TechnicianSession(
            session_id=self.ids.new_id(technician_id, device_serial),
            technician_id=technician_id,
            device_serial=device_serial,
            expires_at=datetime.now(timezone.utc) + SESSION_LIFETIME,
        )
        self.db.add(record)
        self.db.commit()
        return record

    def resolve(self, session_id: str) -> Optional[TechnicianSession]:
        record = self.db.scalar(
            select(TechnicianSession).where(TechnicianSession.session_id == session_id)
        )
        if record is None or record.expires_at < datetime.now(timezone.utc):
            return None
        return record

    def close(self, session_id: str) -> None:
        record = self.db.get(TechnicianSession, session_id)
        if record is not None:
            self.db.delete(record)
            self.db.commit()
