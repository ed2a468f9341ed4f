"""Repository for the royalty ledger (SQLite export used by the royalty desk)."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator


@dataclass
class LedgerLine:
    period: str
    isrc: str
    track_title: str
    dsp: str
    territory: str
    units: int
    net_amount: Decimal


class RoyaltyLedger:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def close(self) -> None:
        self.conn.close()

    def lines_for(self, artist_name: str, period: str) -> list[LedgerLine]:
        cur = self.conn.execute(
            "SELECT period, isrc, track_title, dsp, territory, units, net_amount "
            "FROM statement_lines WHERE artist_name = ? AND period = ? "
            "ORDER BY dsp, territory",
            (artist_name, period),
        )
        return [
            LedgerLine(r[0], r[1], r[2], r[3], r[4], int(r[5]), Decimal(str(r[6])))
            for r in cur.fetchall()
        ]

    def search_tracks(self, fragment: str, limit: int = 50) -> list[tuple[str, str]]:
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        cur = self.conn.execute(
            "SELECT DISTINCT isrc, track_title FROM statement_lines "
            "WHERE track_title LIKE ? ESCAPE '\\' ORDER BY track_title LIMIT ?",
            (f"%{escaped}%", limit),
        )
        return cur.fetchall()

    def totals_by_dsp(self, artist_name: str, periods: list[str]) -> dict[str, Decimal]:
        if not periods:
            return {}
        placeholders = ",".join("?" for _ in periods)
        cur = self.conn.execute(
            f"SELECT dsp, SUM(net_amount) FROM statement_lines "
            f"WHERE artist_name = ? AND period IN ({placeholders}) GROUP BY dsp",
            (artist_name, *periods),
        )
        return {dsp: Decimal(str(total)) for dsp, total in cur.fetchall()}

    def iter_periods(self) -> Iterator[str]:
        for (period,) in self.conn.execute(
            "SELECT DISTINCT period FROM statement_lines ORDER BY period DESC"
        ):
            yield period
