"""Loads the gauge station register CSV published by the hydrometric team."""

import csv
import sqlite3
from pathlib import Path
from typing import Iterator


class StationRegisterLoader:
    columns = ("station_code", "name", "river", "easting", "northing", "datum_m", "commissioned")
    table = "station_register"

    def __init__(self, db_path: Path) -> None:
        self.conn = sqlite3.connect(db_path)

    @classmethod
    def insert_sql(cls) -> str:
        cols = ", ".join(cls.columns)
        marks = ", ".join("?" for _ in cls.columns)
        return f"INSERT OR REPLACE INTO {cls.table} ({cols}) VALUES ({marks})"

    @classmethod
    def _rows(cls, csv_path: Path) -> Iterator[tuple]:
        with csv_path.open(newline="", encoding="utf-8-sig") as fh:
            for record in csv.DictReader(fh):
                yield tuple((record.get(c) or "").strip() or None for c in cls.columns)

    def load(self, csv_path: Path) -> int:
        rows = list(self._rows(csv_path))
        with self.conn:
            self.conn.executemany(self.insert_sql(), rows)
        return len(rows)

    def prune(self, keep_codes: set[str]) -> int:
        if not keep_codes:
            return 0
        placeholders = ", ".join("?" * len(keep_codes))
        with self.conn:
            cur = self.conn.execute(
                f"DELETE FROM {self.table} WHERE station_code NOT IN ({placeholders})",
                tuple(sorted(keep_codes)),
            )
        return cur.rowcount


def refresh_register(db_path: Path, csv_path: Path) -> int:
    loader = StationRegisterLoader(db_path)
    loaded = loader.load(csv_path)
    with csv_path.open(newline="", encoding="utf-8-sig") as fh:
        loader.prune({r["station_code"].strip() for r in csv.DictReader(fh)})
    return loaded
