"""Data access for rehoming (guardian) applications.

Used by the rehoming team's review screens: listing pending applications,
searching by applicant surname or postcode, and recording decisions.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date


@dataclass
class Application:
    id: int
    applicant_name: str
    postcode: str
    donkey_pair: str
    status: str
    submitted_on: str


class ApplicationRepository:
    VALID_STATUSES = ("submitted", "home_check", "approved", "declined", "withdrawn")

    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)

    def _rows(self, sql: str, params: tuple) -> list[Application]:
        return [Application(*row) for row in self._conn.execute(sql, params)]

    def search(self, surname: str = "", postcode_prefix: str = "") -> list[Application]:
        sql = (
            "SELECT id, applicant_name, postcode, donkey_pair, status, submitted_on "
            "FROM adoption_applications "
            "WHERE applicant_surname LIKE ? AND postcode LIKE ? "
            "ORDER BY submitted_on DESC LIMIT 100"
        )
        return self._rows(sql, (f"%{surname.strip()}%", f"{postcode_prefix.strip().upper()}%"))

    def pending(self) -> list[Application]:
        return self._rows(
            "SELECT id, applicant_name, postcode, donkey_pair, status, submitted_on "
            "FROM adoption_applications WHERE status IN (?, ?) ORDER BY submitted_on",
            ("submitted", "home_check"),
        )

    def record_decision(self, application_id: int, status: str, reviewer: str, notes: str) -> None:
        if status not in self.VALID_STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._conn:
            self._conn.execute(
                "UPDATE adoption_applications SET status = ?, decided_on = ? WHERE id = ?",
                (status, date.today().isoformat(), application_id),
            )
            self._conn.execute(
                "INSERT INTO application_events (application_id, reviewer, status, notes) "
                "VALUES (?, ?, ?, ?)",
                (application_id, reviewer, status, notes),
            )

    def close(self) -> None:
        self._conn.close()
