"""Nightly ticket sales reports per sales channel.

Each channel (box office, web, partner resellers) keeps its own sales
table with the same columns.
"""
from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

CHANNEL_TABLES = {
    "boxoffice": "sales_boxoffice",
    "web": "sales_web",
    "partner": "sales_partner",
}


def _table_for(channel: str) -> str:
    try:
        return CHANNEL_TABLES[channel]
    except KeyError:
        raise ValueError(f"unknown sales channel: {channel!r}") from None


def daily_totals(db: sqlite3.Connection, channel: str, day: date) -> list[tuple]:
    table = _table_for(channel)
    sql = (
        f"SELECT performance_id, COUNT(*) AS tickets, SUM(price_cents) AS gross_cents "
        f"FROM {table} WHERE sale_date = ? GROUP BY performance_id ORDER BY performance_id"
    )
    return db.execute(sql, (day.isoformat(),)).fetchall()


def refunds_for(db: sqlite3.Connection, channel: str, performance_id: int) -> int:
    table = _table_for(channel)
    row = db.execute(
        f"SELECT COUNT(*) FROM {table} WHERE performance_id = ? AND refunded = 1",
        (performance_id,),
    ).fetchone()
    return int(row[0])


def write_report(db_path: Path, day: date, out: Path) -> None:
    with sqlite3.connect(db_path) as db, out.open("w") as fh:
        fh.write("channel,performance,tickets,gross\n")
        for channel in CHANNEL_TABLES:
            for perf, tickets, gross in daily_totals(db, channel, day):
                fh.write(f"{channel},{perf},{tickets},{(gross or 0) / 100:.2f}\n")


if __name__ == "__main__":
    import sys

    write_report(Path(sys.argv[1]), date.fromisoformat(sys.argv[2]), Path(sys.argv[3]))
