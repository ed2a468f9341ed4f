"""Issue one-time key-safe PINs for visiting bands.

The PIN is shown once to the tower keyholder, who programs it into the key
safe and passes it to the visiting conductor.  The database records only the
visit window, never the PIN itself.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg

PIN_DIGITS = 8


@dataclass(frozen=True)
class VisitWindow:
    tower_code: str
    conductor: str
    starts_at: datetime
    hours: int = 3

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(hours=self.hours)


def new_pin(digits: int = PIN_DIGITS) -> str:
    return str(secrets.randbelow(10**digits)).zfill(digits)


class KeySafePinIssuer:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def issue(self, window: VisitWindow) -> str:
        pin = new_pin()
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO keysafe_visits (tower_code, conductor, starts_at, ends_at) "
                "VALUES (%s, %s, %s, %s)",
                (window.tower_code, window.conductor, window.starts_at, window.ends_at),
            )
        return pin

    def active_windows(self, tower_code: str, at: datetime) -> list[tuple[str, datetime]]:
        with psycopg.connect(self._conninfo) as conn:
            rows = conn.execute(
                "SELECT conductor, ends_at FROM keysafe_visits "
                "WHERE tower_code = %s AND starts_at <= %s AND ends_at > %s",
                (tower_code, at, at),
            ).fetchall()
        return [(r[0], r[1]) for r in rows]
