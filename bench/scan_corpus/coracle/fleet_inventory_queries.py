"""Fleet inventory listing.

Keeps track of every coracle, canoe, paddle and buoyancy aid in the store,
with its condition and last inspection date. The store manager's screen
can sort the list by several columns.
"""

import sqlite3
from enum import Enum
from typing import Iterable


class CraftKind(str, Enum):
    CORACLE = "coracle"
    CANOE = "canoe"
    KAYAK = "kayak"
    PADDLE = "paddle"
    BUOYANCY_AID = "buoyancy_aid"


SORTABLE_COLUMNS = {
    "name": "item_name",
    "kind": "kind",
    "condition": "condition_grade",
    "inspected": "last_inspected_on",
    "added": "acquired_on",
}


class FleetRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def list_items(
        self,
        kind: CraftKind | None = None,
        sort: str = "name",
        descending: bool = False,
    ) -> list[dict]:
        column = SORTABLE_COLUMNS.get(sort, "item_name")
        direction = "DESC" if descending else "ASC"
        sql = "SELECT id, item_name, kind, condition_grade, last_inspected_on FROM fleet_items"
        params: list = []
        if kind is not None:
            sql += " WHERE kind = ?"
            params.append(CraftKind(kind).value)
        sql += f" ORDER BY {column} {direction}"
        return [dict(r) for r in self.conn.execute(sql, params)]

    def record_inspection(self, item_id: int, grade: str, inspector: str) -> None:
        self.conn.execute(
            "UPDATE fleet_items SET condition_grade = ?, last_inspected_on = date('now'), "
            "last_inspector = ? WHERE id = ?",
            (grade, inspector, item_id),
        )
        self.conn.commit()

    def retire(self, item_ids: Iterable[int]) -> None:
        self.conn.executemany(
            "UPDATE fleet_items SET retired = 1 WHERE id = ?", [(i,) for i in item_ids]
        )
        self.conn.commit()
