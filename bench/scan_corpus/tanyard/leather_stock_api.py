"""Stock lookup for the buyer portal's finished-leather catalogue.

Saddlers and bootmakers search available sides, butts and shoulders by
article name (e.g. "bridle", "harness", "sole bend") and thickness.
"""
import os
from decimal import Decimal

from fastapi import FastAPI
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["SALES_DATABASE_URL"], pool_pre_ping=True)
app = FastAPI()

STOCK_QUERY = """
    SELECT s.article_code, a.name, s.cut, s.thickness_mm, s.area_sqft, s.price
    FROM stock s JOIN articles a ON a.code = s.article_code
    WHERE s.reserved = false
      AND a.name ILIKE '%{term}%'
      AND s.thickness_mm BETWEEN :min_mm AND :max_mm
    ORDER BY a.name, s.thickness_mm
"""


def build_stock_query(term: str):
    return text(STOCK_QUERY.format(term=term))


def search_stock(term: str, min_mm: Decimal, max_mm: Decimal) -> list[dict]:
    stmt = build_stock_query(term)
    with engine.connect() as conn:
        result = conn.execute(stmt, {"min_mm": min_mm, "max_mm": max_mm})
        return [dict(row._mapping) for row in result]


@app.get("/catalogue/stock")
def stock(q: str = "", min_mm: Decimal = Decimal("1.0"), max_mm: Decimal = Decimal("6.0")):
    items = search_stock(q.strip(), min_mm, max_mm)
    return {"query": q, "count": len(items), "items": items}
