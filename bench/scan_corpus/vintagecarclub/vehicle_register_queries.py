"""Query helpers for the vehicle register, used by the register editor's tools."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True)
class RegisterEntry:
    register_no: int
    marque: str
    model: str
    year: int
    chassis_no: str
    coachbuilder: str | None


class VehicleRegister:
    COLUMNS = "register_no, marque, model, year, chassis_no, coachbuilder"

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path)

    def _rows(self, sql: str, params: Iterable = ()) -> list[RegisterEntry]:
        return [RegisterEntry(*row) for row in self.conn.execute(sql, tuple(params))]

    def by_marque(self, marque: str, year_from: int = 1885, year_to: int = 1970) -> list[RegisterEntry]:
        return self._rows(
            f"SELECT {self.COLUMNS} FROM vehicles"
            " WHERE marque = ? AND year BETWEEN ? AND ? ORDER BY year, register_no",
            (marque, year_from, year_to),
        )

    def chassis_like(self, fragment: str) -> list[RegisterEntry]:
        escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return self._rows(
            f"SELECT {self.COLUMNS} FROM vehicles WHERE chassis_no LIKE ? ESCAPE '\\'"
            " ORDER BY chassis_no",
            (f"%{escaped}%",),
        )

    def by_coachbuilder(self, names: list[str]) -> list[RegisterEntry]:
        if not names:
            return []
        placeholders = ", ".join("?" for _ in names)
        return self._rows(
            f"SELECT {self.COLUMNS} FROM vehicles WHERE coachbuilder IN ({placeholders})",
            names,
        )

    def add_history_note(self, register_no: int, author_id: int, note: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO history_notes (register_no, author_id, note) VALUES (?, ?, ?)",
                (register_no, author_id, note),
            )

    def close(self) -> None:
        self.conn.close()
