"""Repository for client matters (psycopg 3)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import psycopg
from psycopg import sql
from psycopg.rows import class_row


class MatterArchive(str, Enum):
    ACTIVE = "matters"
    CLOSED = "matters_closed"


@dataclass
class Matter:
    id: int
    reference: str
    client_name: str
    matter_type: str
    opened_on: str


class MatterRepository:
    def __init__(self, conn: psycopg.Connection):
        self.conn = conn

    def _table(self, archive: MatterArchive) -> sql.Identifier:
        return sql.Identifier(MatterArchive(archive).value)

    def search_clients(self, term: str, archive: MatterArchive = MatterArchive.ACTIVE,
                       limit: int = 25) -> list[Matter]:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = sql.SQL(
            "SELECT id, reference, client_name, matter_type, opened_on::text "
            "FROM {} WHERE client_name ILIKE %(pattern)s ORDER BY opened_on DESC LIMIT %(limit)s"
        ).format(self._table(archive))
        with self.conn.cursor(row_factory=class_row(Matter)) as cur:
            cur.execute(query, {"pattern": f"%{escaped}%", "limit": limit})
            return cur.fetchall()

    def get(self, reference: str, archive: MatterArchive = MatterArchive.ACTIVE) -> Matter | None:
        query = sql.SQL(
            "SELECT id, reference, client_name, matter_type, opened_on::text FROM {} "
            "WHERE reference = %s"
        ).format(self._table(archive))
        with self.conn.cursor(row_factory=class_row(Matter)) as cur:
            cur.execute(query, (reference,))
            return cur.fetchone()

    def close_matter(self, reference: str) -> bool:
        with self.conn.transaction():
            moved = self.conn.execute(
                "INSERT INTO matters_closed SELECT * FROM matters WHERE reference = %s",
                (reference,),
            ).rowcount
            self.conn.execute("DELETE FROM matters WHERE reference = %s", (reference,))
        return moved == 1
