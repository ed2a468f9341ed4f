"""Operator account store for the shift roster service.

Accounts live in the ``operators`` table of the roster database. Supervisors
create accounts for new crew members; operators sign in from the pit office
terminals to view and swap shifts.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass
class Operator:
    employee_no: str
    full_name: str
    crew: str
    role: str = "operator"


class OperatorStore:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def _hash(self, password: str, salt: bytes) -> str:
        digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
        return f"{salt.hex()}${digest}"

    def create(self, operator: Operator, password: str) -> None:
        salt = os.urandom(16)
        self._conn.execute(
            "INSERT INTO operators (employee_no, full_name, crew, role, pw_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                operator.employee_no,
                operator.full_name,
                operator.crew,
                operator.role,
                self._hash(password, salt),
                datetime.now(timezone.utc).isoformat(),
            ),
        )
        self._conn.commit()

    def authenticate(self, employee_no: str, password: str) -> Operator | None:
        row = self._conn.execute(
            "SELECT employee_no, full_name, crew, role, pw_hash FROM operators WHERE employee_no = ?",
            (employee_no,),
        ).fetchone()
        if row is None:
            return None
        salt_hex, _ = row["pw_hash"].split("$", 1)
        candidate = self._hash(password, bytes.fromhex(salt_hex))
        if not hmac.compare_digest(candidate, row["pw_hash"]):
            return None
        return Operator(row["employee_no"], row["full_name"], row["crew"], row["role"])

    def move_to_crew(self, employee_no: str, crew: str) -> None:
        self._conn.execute("UPDATE operators SET crew = ? WHERE employee_no = ?", (crew, employee_no))
        self._conn.commit()

    def crew_members(self, crew: str) -> list[Operator]:
        rows = self._conn.execute(
            "SELECT employee_no, full_name, crew, role FROM operators WHERE crew = ? ORDER BY full_name",
            (crew,),
        ).fetchall()
        return [Operator(**dict(r)) for r in rows]
