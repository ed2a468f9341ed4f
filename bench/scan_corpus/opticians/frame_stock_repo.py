"""Frame stock lookups for the in-store dispensing screen.

Dispensing opticians search the frame wall by brand, shape and size and see
stock at their own branch and at branches nearby.
"""
from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row

BASE_QUERY = """
    SELECT f.sku, f.brand, f.model, f.colour, f.eye_size, f.bridge,
           s.branch_code, s.on_hand
    FROM frame f
    JOIN frame_stock s ON s.sku = f.sku
"""


@dataclass
class FrameFilter:
    branch_codes: list[str]
    brand: str | None = None
    shape: str | None = None
    min_eye_size: int | None = None
    max_eye_size: int | None = None


def _where_clause(flt: FrameFilter) -> str:
    branches = ", ".join(f"'{code}'" for code in flt.branch_codes)
    parts = [f"s.branch_code IN ({branches})", "s.on_hand > 0"]
    if flt.brand:
        parts.append(f"f.brand ILIKE '{flt.brand}%'")
    if flt.shape:
        parts.append(f"f.shape = '{flt.shape}'")
    if flt.min_eye_size is not None:
        parts.append(f"f.eye_size >= {int(flt.min_eye_size)}")
    if flt.max_eye_size is not None:
        parts.append(f"f.eye_size <= {int(flt.max_eye_size)}")
    return " WHERE " + " AND ".join(parts)


class FrameStockRepository:
    def __init__(self, dsn: str):
        self._dsn = dsn

    def search(self, flt: FrameFilter, limit: int = 50) -> list[dict]:
        query = BASE_QUERY + _where_clause(flt) + " ORDER BY f.brand, f.model LIMIT %s"
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(query, (limit,))
                return cur.fetchall()

    def on_hand(self, sku: str, branch_code: str) -> int:
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT on_hand FROM frame_stock WHERE sku = %s AND branch_code = %s",
                (sku, branch_code),
            ).fetchone()
        return row[0] if row else 0
