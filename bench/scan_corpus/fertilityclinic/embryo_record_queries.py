"""Data access for embryo culture records.

Used by the lab tablet app and the witnessing system to look up embryos by
patient surname, dish barcode or cycle, and to record day-3/day-5 grading.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterator


@dataclass(frozen=True)
class EmbryoRecord:
    dish_barcode: str
    cycle_number: int
    surname: str
    well: int
    day5_grade: str | None
    disposition: str


SELECT_COLUMNS = (
    "SELECT e.dish_barcode, c.cycle_number, p.surname, e.well, e.day5_grade, e.disposition "
    "FROM embryos e JOIN cycles c ON c.id = e.cycle_id JOIN patients p ON p.id = c.patient_id "
)


class EmbryoRecordRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _rows(self, sql: str, params: tuple) -> Iterator[EmbryoRecord]:
        for row in self.conn.execute(sql, params):
            yield EmbryoRecord(*row)

    def search_by_surname(self, surname: str, disposition: str = "in_culture",
                          limit: int = 50) -> list[EmbryoRecord]:
        pattern = surname.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        sql = (
            SELECT_COLUMNS
            + "WHERE p.surname LIKE ? ESCAPE '\\' AND e.disposition = ? "
            "ORDER BY c.cycle_number DESC, e.well LIMIT ?"
        )
        return list(self._rows(sql, (pattern, disposition, limit)))

    def by_dish(self, barcode: str) -> list[EmbryoRecord]:
        return list(self._rows(SELECT_COLUMNS + "WHERE e.dish_barcode = ? ORDER BY e.well", (barcode,)))

    def record_grade(self, barcode: str, well: int, day: int, grade: str, embryologist: str) -> None:
        if day not in (3, 5, 6):
            raise ValueError("grading day must be 3, 5 or 6")
        with self.conn:
            self.conn.execute(
                "INSERT INTO embryo_gradings (dish_barcode, well, day, grade, graded_by) "
                "VALUES (?, ?, ?, ?, ?)",
                (barcode, well, day, grade, embryologist),
            )
            if day >= 5:
                self.conn.execute(
                    "UPDATE embryos SET day5_grade = ? WHERE dish_barcode = ? AND well = ?",
                    (grade, barcode, well),
                )

    def set_disposition(self, barcode: str, well: int, disposition: str, witness: str) -> None:
        if disposition not in {"in_culture", "transferred", "vitrified", "discarded"}:
            raise ValueError(f"unknown disposition {disposition!r}")
        with self.conn:
            self.conn.execute(
                "UPDATE embryos SET disposition = ?, witnessed_by = ? "
                "WHERE dish_barcode = ? AND well = ?",
                (disposition, witness, barcode, well),
            )
