"""Repository for master key system hierarchies.

A system has levels (GGMK > GMK > MK > SK); this repository returns the
chain of keys above a given key symbol and the doors each level opens.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

ANCESTORS_SQL = text(
    """
    WITH RECURSIVE chain(id, symbol, level, parent_id) AS (
        SELECT k.id, k.symbol, k.level, k.parent_id
        FROM mks_keys k JOIN mks_systems s ON s.id = k.system_id
        WHERE s.system_number = :system_number AND k.symbol = :symbol
        UNION ALL
        SELECT p.id, p.symbol, p.level, p.parent_id
        FROM mks_keys p JOIN chain c ON p.id = c.parent_id
    )
    SELECT id, symbol, level FROM chain
    """
).bindparams(bindparam("system_number"), bindparam("symbol"))

DOORS_SQL = text(
    "SELECT key_id, door_ref FROM mks_key_doors WHERE key_id IN :key_ids ORDER BY door_ref"
).bindparams(bindparam("key_ids", expanding=True))


@dataclass
class KeyLevel:
    symbol: str
    level: str
    doors: list[str]


class HierarchyRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def chain_for(self, system_number: str, symbol: str) -> list[KeyLevel]:
        rows = self.conn.execute(ANCESTORS_SQL, {"system_number": system_number, "symbol": symbol}).all()
        if not rows:
            return []
        doors: dict[int, list[str]] = {row.id: [] for row in rows}
        for key_id, door_ref in self.conn.execute(DOORS_SQL, {"key_ids": list(doors)}):
            doors[key_id].append(door_ref)
        return [KeyLevel(row.symbol, row.level, doors[row.id]) for row in rows]

    def systems_for_customer(self, account_no: str) -> list[str]:
        return list(
            self.conn.execute(
                text("SELECT system_number FROM mks_systems WHERE account_no = :account ORDER BY system_number"),
                {"account": account_no},
            ).scalars()
        )
