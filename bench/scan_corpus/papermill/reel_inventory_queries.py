"""Queries over the finished-reel warehouse used by the order allocation screen."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class ReelFilter:
    grade: Optional[str] = None
    warehouse: Optional[str] = None
    min_width_mm: Optional[int] = None


def _where_clause(flt: ReelFilter) -> str:
    parts = ["status = 'AVAILABLE'"]
    if flt.grade:
        parts.append(f"grade_code = '{flt.grade}'")
    if flt.warehouse:
        parts.append(f"warehouse = '{flt.warehouse}'")
    if flt.min_width_mm is not None:
        parts.append(f"width_mm >= {int(flt.min_width_mm)}")
    return " AND ".join(parts)


class ReelInventory:
    BASE_QUERY = (
        "SELECT reel_id, grade_code, basis_weight_gsm, width_mm, diameter_mm, warehouse "
        "FROM finished_reels"
    )

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def available(self, flt: ReelFilter, limit: int = 200) -> list[dict]:
        sql = f"{self.BASE_QUERY} WHERE {_where_clause(flt)} ORDER BY produced_at LIMIT :limit"
        with self._engine.connect() as conn:
            rows = conn.execute(text(sql), {"limit": limit})
            return [dict(r._mapping) for r in rows]

    def reserve(self, reel_id: str, order_number: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(
                text("UPDATE finished_reels SET status = 'RESERVED', order_number = :o "
                     "WHERE reel_id = :r AND status = 'AVAILABLE'"),
                {"o": order_number, "r": reel_id},
            )


def search_from_args(inventory: ReelInventory, args: Mapping[str, str]) -> list[dict]:
    width = args.get("min_width")
    return inventory.available(ReelFilter(
        grade=args.get("grade"),
        warehouse=args.get("warehouse"),
        min_width_mm=int(width) if width else None,
    ))


def inventory_from_url(db_url: str) -> ReelInventory:
    return ReelInventory(create_engine(db_url, pool_pre_ping=True))
