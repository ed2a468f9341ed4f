"""Reports on bar-stock steel in the store room, used by the purchasing dashboard."""
from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class StockLine:
    grade: str
    supplier: str
    thickness_mm: Decimal
    kg_on_hand: Decimal


LOW_STOCK_SQL = text(
    """
    SELECT grade, supplier, thickness_mm, SUM(kg) AS kg_on_hand
      FROM bar_stock
     WHERE grade = :grade
       AND (:supplier IS NULL OR supplier ILIKE :supplier_pattern)
     GROUP BY grade, supplier, thickness_mm
    HAVING SUM(kg) < :threshold
     ORDER BY kg_on_hand
    """
)


class StockReports:
    def __init__(self, engine: Engine):
        self.engine = engine

    def low_stock(self, grade: str, threshold_kg: float, supplier: Optional[str] = None):
        params = {
            "grade": grade,
            "supplier": supplier,
            "supplier_pattern": f"%{supplier}%" if supplier else None,
            "threshold": threshold_kg,
        }
        with self.engine.connect() as conn:
            rows = conn.execute(LOW_STOCK_SQL, params).mappings().all()
        return [StockLine(**row) for row in rows]


def build_reports(database_url: str) -> StockReports:
    return StockReports(create_engine(database_url, pool_pre_ping=True))


def dashboard_payload(reports: StockReports, query: dict) -> dict:
    grade = query.get("grade", "52100")
    threshold = float(query.get("below", 25))
    lines = reports.low_stock(grade, threshold, query.get("supplier") or None)
    return {"grade": grade, "lines": [line.__dict__ for line in lines]}
