"""Data access for the referral intake desk.

Incoming referrals are matched against the referring provider's NPI so that
the intake coordinator can see every open referral from the same office.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

from sqlalchemy import bindparam, create_engine, text
from sqlalchemy.engine import Engine

OPEN_STATUSES = ("received", "awaiting_records", "awaiting_preauth")


def make_engine() -> Engine:
    return create_engine(os.environ["INTAKE_DATABASE_URL"], pool_pre_ping=True)


class ReferralIntakeDAO:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def create(self, patient_id: int, npi: str, reason: str, urgency: str) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "INSERT INTO referrals (patient_id, referring_npi, reason, urgency, "
                    "status, received_at) VALUES (:pid, :npi, :reason, :urgency, "
                    "'received', :received_at) RETURNING id"
                ),
                {
                    "pid": patient_id,
                    "npi": npi,
                    "reason": reason,
                    "urgency": urgency,
                    "received_at": datetime.now(timezone.utc),
                },
            )
            return int(result.scalar_one())

    def open_for_provider(self, npi: str) -> list[dict]:
        """Back the intake desk's "referrals from this provider" search box."""
        stmt = text(
            "SELECT r.id, r.received_at, r.status, r.urgency, p.mrn "
            "FROM referrals r JOIN patients p ON p.id = r.patient_id "
            f"WHERE r.referring_npi = '{npi}' AND r.status IN :statuses "
            "ORDER BY r.received_at"
        ).bindparams(bindparam("statuses", value=list(OPEN_STATUSES), expanding=True))
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(stmt)]

    def set_status(self, referral_id: int, status: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                text("UPDATE referrals SET status = :status WHERE id = :id"),
                {"status": status, "id": referral_id},
            )
