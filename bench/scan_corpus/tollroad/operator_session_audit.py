"""Audit trail for back-office operator sessions (login, elevate, logout)."""
from __future__ import annotations

import datetime as dt
from typing import Any

import structlog
from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()
audit_log = structlog.get_logger("tollroad.operator.audit")


class OperatorSession(Base):
    __tablename__ = "operator_sessions"

    id = Column(Integer, primary_key=True)
    operator_id = Column(String(32), nullable=False, index=True)
    session_token = Column(String(64), nullable=False, unique=True)
    role = Column(String(24), nullable=False)
    started_at = Column(DateTime, default=dt.datetime.utcnow)
    ended_at = Column(DateTime, nullable=True)

    def as_event(self) -> dict[str, Any]:
        return {
            "operator": self.operator_id,
            "role": self.role,
            "session": self.session_token,
            "started": self.started_at.isoformat() if self.started_at else None,
        }


class SessionAuditor:
    def __init__(self, db_url: str) -> None:
        self._engine = create_engine(db_url, pool_pre_ping=True)

    def record_login(self, row: OperatorSession) -> None:
        with Session(self._engine) as db:
            db.add(row)
            db.commit()
            db.refresh(row)
            audit_log.info("operator.login", **row.as_event())

    def record_elevation(self, operator_id: str, new_role: str) -> None:
        with Session(self._engine) as db:
            row = (
                db.query(OperatorSession)
                .filter_by(operator_id=operator_id, ended_at=None)
                .one()
            )
            previous = row.role
            row.role = new_role
            db.commit()
            audit_log.warning(
                "operator.elevate", operator=operator_id, from_role=previous, to_role=new_role
            )

    def record_logout(self, operator_id: str) -> int:
        closed = 0
        with Session(self._engine) as db:
            for row in db.query(OperatorSession).filter_by(operator_id=operator_id, ended_at=None):
                row.ended_at = dt.datetime.utcnow()
                closed += 1
            db.commit()
        audit_log.info("operator.logout", operator=operator_id, sessions_closed=closed)
        return closed
