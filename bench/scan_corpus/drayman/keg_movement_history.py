"""Movement history for a single keg, across keg sizes.

Movements are stored in one table per container family because the
cask, keg and key-keg fleets were migrated from different systems.
"""
import sqlite3
from dataclasses import dataclass

from drayman.settings import settings

MOVEMENT_TABLES = {
    "cask": "cask_movements",
    "keg": "keg_movements",
    "keykeg": "keykeg_movements",
}


@dataclass
class Movement:
    serial: str
    event: str
    site: str
    occurred_at: str


class KegHistory:
    def __init__(self, db_path: str = settings.TRACKING_DB):
        self.conn = sqlite3.connect(db_path)

    def _table(self, family: str) -> str:
        try:
            return MOVEMENT_TABLES[family]
        except KeyError:
            raise ValueError(f"unknown container family {family!r}") from None

    def history(self, family: str, serial: str, limit: int = 100) -> list[Movement]:
        table = self._table(family)
        cur = self.conn.execute(
            f"SELECT serial, event, site, occurred_at FROM {table} "
            "WHERE serial = ? ORDER BY occurred_at DESC LIMIT ?",
            (serial.strip().upper(), int(limit)),
        )
        return [Movement(*row) for row in cur.fetchall()]

    def last_seen(self, family: str, serial: str) -> Movement | None:
        rows = self.history(family, serial, limit=1)
        return rows[0] if rows else None


def history_view(args: dict) -> list[dict]:
    hist = KegHistory()
    moves = hist.history(args.get("family", "keg"), args["serial"], int(args.get("limit", 100)))
    return [m.__dict__ for m in moves]
