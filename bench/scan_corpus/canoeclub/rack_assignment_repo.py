"""Boat storage rack assignments.

Members rent a rack slot in the boathouse for their own canoe or kayak.
This repository is used by the committee's admin screens.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass
class RackAssignment:
    rack_no: str
    slot: int
    member_name: str
    boat_description: str
    paid_until: date


class RackAssignmentRepo:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path, detect_types=sqlite3.PARSE_DECLTYPES)
        self._conn.row_factory = sqlite3.Row

    def _rows_to_assignments(self, rows: Iterable[sqlite3.Row]) -> list[RackAssignment]:
        return [
            RackAssignment(
                rack_no=r["rack_no"],
                slot=r["slot"],
                member_name=r["member_name"],
                boat_description=r["boat_description"],
                paid_until=date.fromisoformat(r["paid_until"]),
            )
            for r in rows
        ]

    def for_rack(self, rack_no: str) -> list[RackAssignment]:
        rows = self._conn.execute(
            "SELECT rack_no, slot, member_name, boat_description, paid_until "
            "FROM rack_assignments WHERE rack_no = ? ORDER BY slot",
            (rack_no,),
        )
        return self._rows_to_assignments(rows)

    def search_by_member(self, name_fragment: str) -> list[RackAssignment]:
        query = (
            "SELECT rack_no, slot, member_name, boat_description, paid_until "
            f"FROM rack_assignments WHERE member_name LIKE '%{name_fragment}%' "
            "ORDER BY member_name"
        )
        return self._rows_to_assignments(self._conn.execute(query))

    def overdue(self, today: date | None = None) -> list[RackAssignment]:
        cutoff = (today or date.today()).isoformat()
        rows = self._conn.execute(
            "SELECT rack_no, slot, member_name, boat_description, paid_until "
            "FROM rack_assignments WHERE paid_until < ? ORDER BY paid_until",
            (cutoff,),
        )
        return self._rows_to_assignments(rows)

    def assign(self, rack_no: str, slot: int, member_name: str,
               boat_description: str, paid_until: date) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT INTO rack_assignments "
                "(rack_no, slot, member_name, boat_description, paid_until) "
                "VALUES (?, ?, ?, ?, ?)",
                (rack_no, slot, member_name, boat_description, paid_until.isoformat()),
            )

    def release(self, rack_no: str, slot: int) -> None:
        with self._conn:
            self._conn.execute(
                "DELETE FROM rack_assignments WHERE rack_no = ? AND slot = ?",
                (rack_no, slot),
            )
