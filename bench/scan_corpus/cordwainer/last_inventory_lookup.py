"""Lookup of wooden and plastic lasts held on the shelves, by last reference."""
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

DEFAULT_DB = Path("/srv/cordwainer/lasts.sqlite3")


@dataclass
class LastRecord:
    last_ref: str
    customer_id: int
    material: str
    shelf: str
    toe_shape: str
    heel_pitch_mm: float


class LastInventory:
    def __init__(self, db_path: Path = DEFAULT_DB):
        self._db_path = db_path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        conn.row_factory = sqlite3.Row
        return conn

    def by_refs(self, refs: Sequence[str]) -> list[LastRecord]:
        refs = [r.strip().upper() for r in refs if r.strip()]
        if not refs:
            return []
        placeholders = ",".join("?" * len(refs))
        sql = (
            "SELECT last_ref, customer_id, material, shelf, toe_shape, heel_pitch_mm "
            f"FROM lasts WHERE last_ref IN ({placeholders}) ORDER BY shelf, last_ref"
        )
        with self._conn() as conn:
            rows = conn.execute(sql, refs).fetchall()
        return [LastRecord(**dict(r)) for r in rows]

    def for_customer(self, customer_id: int) -> list[LastRecord]:
        with self._conn() as conn:
            rows = conn.execute(
                "SELECT last_ref, customer_id, material, shelf, toe_shape, heel_pitch_mm "
                "FROM lasts WHERE customer_id = ? ORDER BY last_ref",
                (customer_id,),
            ).fetchall()
        return [LastRecord(**dict(r)) for r in rows]

    def move(self, last_ref: str, new_shelf: str) -> bool:
        with self._conn() as conn:
            cur = conn.execute(
                "UPDATE lasts SET shelf = ? WHERE last_ref = ?", (new_shelf, last_ref.upper())
            )
        return cur.rowcount == 1


def pick_list(inventory: LastInventory, refs: Iterable[str]) -> str:
    lines = [f"{r.shelf:>6}  {r.last_ref}  ({r.material}, {r.toe_shape})" for r in inventory.by_refs(list(refs))]
    return "\n".join(lines) or "nothing to pick"
