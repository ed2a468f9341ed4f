"""Read access to the harmonized tariff schedule tables used by classifiers."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterator


@dataclass
class TariffLine:
    hts_code: str
    description: str
    general_rate: str
    unit: str


def _heading_filter(prefix: str, include_expired: bool) -> str:
    clause = f"hts_code LIKE '{prefix}%'"
    if not include_expired:
        clause += " AND (end_date IS NULL OR end_date > date('now'))"
    return clause


class TariffRepository:
    def __init__(self, path: str = "hts_schedule.sqlite") -> None:
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def by_heading(self, prefix: str, include_expired: bool = False) -> Iterator[TariffLine]:
        where = _heading_filter(prefix.strip(), include_expired)
        sql = (
            "SELECT hts_code, description, general_rate, unit "
            f"FROM tariff_lines WHERE {where} ORDER BY hts_code"
        )
        for row in self.conn.execute(sql):
            yield TariffLine(**dict(row))

    def exact(self, hts_code: str) -> TariffLine | None:
        row = self.conn.execute(
            "SELECT hts_code, description, general_rate, unit FROM tariff_lines "
            "WHERE hts_code = ?",
            (hts_code,),
        ).fetchone()
        return TariffLine(**dict(row)) if row else None

    def footnotes(self, hts_code: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT note FROM tariff_footnotes WHERE hts_code = ? ORDER BY seq",
            (hts_code,),
        ).fetchall()
        return [r["note"] for r in rows]


if __name__ == "__main__":
    import sys

    repo = TariffRepository()
    for line in repo.by_heading(sys.argv[1]):
        print(f"{line.hts_code:<14} {line.general_rate:<10} {line.description[:60]}")
