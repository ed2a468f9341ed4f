"""Kitchen staff accounts, plus storage of their food hygiene certificates."""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)


@dataclass
class KitchenStaff:
    id: int
    name: str
    station: str


class KitchenStaffDirectory:
    def __init__(self, db_path: str, certificate_dir: Path) -> None:
        self.conn = sqlite3.connect(db_path)
        self.conn.row_factory = sqlite3.Row
        self.certificate_dir = certificate_dir

    def enrol(self, name: str, station: str, pin_phrase: str) -> int:
        if len(pin_phrase) < 10:
            raise ValueError("pass phrase must be at least 10 characters")
        cur = self.conn.execute(
            "INSERT INTO kitchen_staff (name, station, pw_hash) VALUES (?, ?, ?)",
            (name, station, _hasher.hash(pin_phrase)),
        )
        self.conn.commit()
        return int(cur.lastrowid)

    def sign_in(self, staff_id: int, pin_phrase: str) -> KitchenStaff | None:
        row = self.conn.execute(
            "SELECT id, name, station, pw_hash FROM kitchen_staff WHERE id = ?", (staff_id,)
        ).fetchone()
        if row is None:
            return None
        try:
            _hasher.verify(row["pw_hash"], pin_phrase)
        except (VerificationError, InvalidHashError):
            return None
        if _hasher.check_needs_rehash(row["pw_hash"]):
            self.conn.execute(
                "UPDATE kitchen_staff SET pw_hash = ? WHERE id = ?",
                (_hasher.hash(pin_phrase), staff_id),
            )
            self.conn.commit()
        return KitchenStaff(row["id"], row["name"], row["station"])

    def add_certificate(self, staff_id: int, pdf_bytes: bytes, expires_on: str) -> str:
        """Stores a hygiene certificate once, keyed by its content checksum."""
        checksum = hashlib.sha256(pdf_bytes).hexdigest()
        target = self.certificate_dir / f"{checksum}.pdf"
        if not target.exists():
            self.certificate_dir.mkdir(parents=True, exist_ok=True)
            target.write_bytes(pdf_bytes)
        self.conn.execute(
            "INSERT OR REPLACE INTO hygiene_certificates (staff_id, checksum, expires_on) "
            "VALUES (?, ?, ?)",
            (staff_id, checksum, expires_on),
        )
        self.conn.commit()
        return checksum
