"""Landowner sign-off for completed hedgelaying job sheets.

When the crew finish a run of hedge the foreman sends the landowner a
sign-off link. The link carries a one-off token; opening it and pressing
"Accept" marks the job sheet complete so it can be invoiced and so the
completion date can go on the stewardship claim.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class JobSheet:
    id: int
    farm: str
    metres_laid: float
    style: str


class SignoffSession:
    """Holds the pending sign-off for one job sheet while it is checked."""

    def __init__(self, engine: Engine, job_sheet_id: int) -> None:
        self.engine = engine
        self.job_sheet_id = job_sheet_id
        self._token: str | None = None
        self._expires: datetime | None = None

    @staticmethod
    def issue(engine: Engine, job_sheet_id: int) -> str:
        token = secrets.token_urlsafe(24)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE job_sheets SET signoff_token = :t, "
                    "signoff_expires = now() + interval '14 days' WHERE id = :id"
                ),
                {"t": token, "id": job_sheet_id},
            )
        return token

    def load(self) -> None:
        with self.engine.connect() as conn:
            row = conn.execute(
                text("SELECT signoff_token, signoff_expires FROM job_sheets WHERE id = :id"),
                {"id": self.job_sheet_id},
            ).one_or_none()
        if row is not None:
            self._token, self._expires = row

    def accept(self, presented: str, signer_name: str) -> bool:
        if self._token is None:
            self.load()
        if self._token is None or self._expires < datetime.now(timezone.utc):
            return False
        if presented != self._token:
            return False
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE job_sheets SET status = 'signed_off', signed_by = :n, "
                    "signed_at = now(), signoff_token = NULL WHERE id = :id"
                ),
                {"n": signer_name, "id": self.job_sheet_id},
            )
        return True
