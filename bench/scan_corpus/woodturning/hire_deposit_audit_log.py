"""Audit trail for lathe-hire deposit actions taken by counter staff.

Every hold, release and damage capture is written to the audit table and to
the application log so the owner can reconcile against the payment provider.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, String, create_engine
from sqlalchemy.orm import Session, declarative_base

log = logging.getLogger("hire.audit")
Base = declarative_base()


class DepositAudit(Base):
    __tablename__ = "deposit_audit"
    id = Column(Integer, primary_key=True)
    at = Column(DateTime(timezone=True), nullable=False)
    staff_username = Column(String(60), nullable=False)
    action = Column(String(20), nullable=False)
    hire_id = Column(Integer, nullable=False)
    amount_pence = Column(Integer, nullable=False)
    card_hint = Column(String(20), nullable=False)


@dataclass
class DepositAction:
    staff_username: str
    staff_pin: str
    action: str
    hire_id: int
    amount_pence: int
    card_number: str
    provider_token: str

    @property
    def card_hint(self) -> str:
        return f"**** {self.card_number[-4:]}"


class DepositAuditor:
    def __init__(self, db_url: str) -> None:
        self.engine = create_engine(db_url)

    def record(self, entry: DepositAction) -> None:
        with Session(self.engine) as session:
            session.add(
                DepositAudit(
                    at=datetime.now(timezone.utc),
                    staff_username=entry.staff_username,
                    action=entry.action,
                    hire_id=entry.hire_id,
                    amount_pence=entry.amount_pence,
                    card_hint=entry.card_hint,
                )
            )
            session.commit()
        log.info(
            "deposit %s by %s: hire=%s amount=%d card=%s",
            entry.action,
            entry.staff_username,
            entry.hire_id,
            entry.amount_pence,
            entry.card_hint,
        )
