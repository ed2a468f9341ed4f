"""Loads quarterly FAERS/VigiBase extracts into per-quarter staging tables for signal detection."""
from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Iterable

import psycopg2
from psycopg2 import sql
from psycopg2.extras import execute_values

QUARTER_PATTERN = re.compile(r"^\d{4}q[1-4]$")


class StagingTable:
    columns = ("primaryid", "drugname", "role_cod", "pt", "event_dt")

    def __init__(self, source: str, quarter: str) -> None:
        if not QUARTER_PATTERN.match(quarter):
            raise ValueError(f"bad quarter label {quarter!r}")
        self.schema = "signal_staging"
        self.name = f"{source.lower()}_{quarter}"

    @property
    def identifier(self) -> sql.Composed:
        return sql.Identifier(self.schema, self.name)

    def create_stmt(self) -> sql.Composed:
        return sql.SQL(
            "CREATE TABLE IF NOT EXISTS {} (primaryid bigint, drugname text, role_cod text, "
            "pt text, event_dt date)"
        ).format(self.identifier)

    def insert_stmt(self) -> sql.Composed:
        return sql.SQL("INSERT INTO {} ({}) VALUES %s").format(
            self.identifier, sql.SQL(", ").join(map(sql.Identifier, self.columns))
        )


def read_rows(extract: Path) -> Iterable[tuple]:
    with extract.open(newline="", encoding="latin-1") as fh:
        for row in csv.DictReader(fh, delimiter="$"):
            yield (
                int(row["primaryid"]),
                row["drugname"].strip().upper(),
                row["role_cod"],
                row["pt"].strip(),
                row["event_dt"] or None,
            )


def load_extract(dsn: str, source: str, quarter: str, extract: Path) -> int:
    table = StagingTable(source, quarter)
    rows = list(read_rows(extract))
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(table.create_stmt())
        execute_values(cur, table.insert_stmt(), rows, page_size=5000)
    return len(rows)


if __name__ == "__main__":
    import os
    import sys

    n = load_extract(os.environ["SIGNAL_DB_DSN"], sys.argv[1], sys.argv[2], Path(sys.argv[3]))
    print(f"loaded {n} rows")
