"""Repository over the cutting-pattern library (PostgreSQL).

The pattern office keeps every glove style's pattern pieces with their
revision, size range and nesting yield; the planner UI lists them sortable by
any of a few columns.
"""
from dataclasses import dataclass
from typing import List, Optional

import psycopg2
import psycopg2.extras

SORT_COLUMNS = {
    "style": "p.style_code",
    "revision": "p.revision",
    "updated": "p.updated_at",
    "yield": "p.nesting_yield_pct",
}


@dataclass
class PatternSummary:
    style_code: str
    revision: int
    size_range: str
    piece_count: int
    nesting_yield_pct: float


class PatternLibraryRepo:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def _connect(self):
        return psycopg2.connect(self._dsn, cursor_factory=psycopg2.extras.DictCursor)

    def list_patterns(
        self,
        leather: Optional[str] = None,
        sort: str = "style",
        descending: bool = False,
        limit: int = 100,
    ) -> List[PatternSummary]:
        order_col = SORT_COLUMNS.get(sort, SORT_COLUMNS["style"])
        direction = "DESC" if descending else "ASC"
        where, params = "WHERE p.retired = false", []
        if leather:
            where += " AND p.leather_type = %s"
            params.append(leather)
        sql = (
            "SELECT p.style_code, p.revision, p.size_range, "
            "COUNT(pc.id) AS piece_count, p.nesting_yield_pct "
            "FROM patterns p LEFT JOIN pattern_pieces pc ON pc.pattern_id = p.id "
            f"{where} GROUP BY p.id ORDER BY {order_col} {direction} LIMIT %s"
        )
        params.append(limit)
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return [PatternSummary(*row) for row in cur.fetchall()]

    def latest_revision(self, style_code: str) -> Optional[int]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT MAX(revision) FROM patterns WHERE style_code = %s",
                (style_code,),
            )
            row = cur.fetchone()
            return row[0] if row else None
