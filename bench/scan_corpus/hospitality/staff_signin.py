"""Staff sign-in for the front-of-house POS terminals.

Managers create staff accounts from the back office; servers and bartenders
then sign in on any terminal in the venue with their employee number and
passcode. Sign-ins are recorded for the shift report.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

MIN_PASSCODE_LENGTH = 6
ROLES = {"server", "bartender", "host", "shift_lead", "manager"}


@dataclass
class StaffMember:
    employee_no: str
    display_name: str
    role: str


class StaffDirectory:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def _hash_passcode(self, passcode: str, salt: bytes) -> str:
        return hashlib.sha256(salt + passcode.encode("utf-8")).hexdigest()

    def create(self, employee_no: str, display_name: str, role: str, passcode: str) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        if len(passcode) < MIN_PASSCODE_LENGTH:
            raise ValueError("passcode too short")
        salt = os.urandom(16)
        self._conn.execute(
            "INSERT INTO staff (employee_no, display_name, role, salt, passcode_hash, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                employee_no,
                display_name,
                role,
                salt.hex(),
                self._hash_passcode(passcode, salt),
                datetime.now(timezone.utc).isoformat(),
            ),
        )
        self._conn.commit()

    def authenticate(self, employee_no: str, passcode: str, terminal_id: str) -> StaffMember | None:
        row = self._conn.execute(
            "SELECT employee_no, display_name, role, salt, passcode_hash FROM staff WHERE employee_no = ?",
            (employee_no,),
        ).fetchone()
        if row is None:
            return None
        candidate = self._hash_passcode(passcode, bytes.fromhex(row["salt"]))
        if not hmac.compare_digest(candidate, row["passcode_hash"]):
            return None
        self._conn.execute(
            "INSERT INTO staff_signins (employee_no, terminal_id, signed_in_at) VALUES (?, ?, ?)",
            (employee_no, terminal_id, datetime.now(timezone.utc).isoformat()),
        )
        self._conn.commit()
        return StaffMember(row["employee_no"], row["display_name"], row["role"])
