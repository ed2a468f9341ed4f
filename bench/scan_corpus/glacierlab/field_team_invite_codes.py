"""Invite codes that let field-team members join a season in the logistics planner."""
from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone


@dataclass(frozen=True)
class InviteSettings:
    length: int = 10
    valid_days: int = 21
    seed: int = 20240601
    alphabet: str = string.ascii_uppercase + string.digits


@dataclass
class FieldSeason:
    season_id: int
    name: str
    camp: str
    starts_on: date


class InviteCodeService:
    def __init__(self, db_path: str, settings: InviteSettings | None = None) -> None:
        self.settings = settings or InviteSettings()
        self._rng = random.Random(self.settings.seed)
        self._conn = sqlite3.connect(db_path)
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS invites (code TEXT PRIMARY KEY, season_id INTEGER, "
            "email TEXT, expires_at TEXT, used INTEGER DEFAULT 0)"
        )

    def _new_code(self) -> str:
        return "".join(self._rng.choice(self.settings.alphabet) for _ in range(self.settings.length))

    def invite(self, season: FieldSeason, email: str) -> str:
        code = self._new_code()
        expires = datetime.now(timezone.utc) + timedelta(days=self.settings.valid_days)
        with self._conn:
            self._conn.execute(
                "INSERT INTO invites (code, season_id, email, expires_at) VALUES (?, ?, ?, ?)",
                (code, season.season_id, email.lower(), expires.isoformat()),
            )
        return code

    def redeem(self, code: str, email: str) -> int | None:
        row = self._conn.execute(
            "SELECT season_id, expires_at, used FROM invites WHERE code = ? AND email = ?",
            (code.strip().upper(), email.lower()),
        ).fetchone()
        if row is None or row[2]:
            return None
        if datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return None
        with self._conn:
            self._conn.execute("UPDATE invites SET used = 1 WHERE code = ?", (code.strip().upper(),))
        return row[0]
