"""Issue short-lived key-safe codes to visiting ringers.

Towers that take part in the guild's visiting-band scheme keep the tower key
in a programmable key safe.  The keyholder requests a code for a visit and
the code is texted to the visiting band's conductor.
"""
from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

CODE_LENGTH = 6
CODE_ALPHABET = string.digits


@dataclass
class KeySafeCode:
    tower_code: str
    code: str
    valid_from: datetime
    valid_until: datetime
    issued_to: str


class KeyholderAccess:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)

    def issue_code(self, tower_code: str, conductor: str, visit_start: datetime,
                   hours: int = 4) -> KeySafeCode:
        code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
        issued = KeySafeCode(
            tower_code=tower_code,
            code=code,
            valid_from=visit_start - timedelta(minutes=30),
            valid_until=visit_start + timedelta(hours=hours),
            issued_to=conductor,
        )
        self._conn.execute(
            "INSERT INTO keysafe_codes (tower_code, code, valid_from, valid_until, issued_to) "
            "VALUES (?, ?, ?, ?, ?)",
            (issued.tower_code, issued.code, issued.valid_from, issued.valid_until, issued.issued_to),
        )
        self._conn.commit()
        return issued

    def revoke_expired(self) -> int:
        now = datetime.now(timezone.utc)
        cur = self._conn.execute("DELETE FROM keysafe_codes WHERE valid_until < ?", (now,))
        self._conn.commit()
        return cur.rowcount

    def codes_for_tower(self, tower_code: str) -> list[tuple[str, datetime]]:
        rows = self._conn.execute(
            "SELECT issued_to, valid_until FROM keysafe_codes WHERE tower_code = ? "
            "ORDER BY valid_until",
            (tower_code,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]
