"""Parts inventory lookup used by the workshop counter and the stock app."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class PartQuery:
    store: str
    keyword: Optional[str] = None
    category: Optional[str] = None
    min_stock: int = 0


def _where_clause(q: PartQuery) -> str:
    parts = [f"p.store_code = '{q.store}'", f"s.on_hand >= {int(q.min_stock)}"]
    if q.keyword:
        parts.append(f"(p.description ILIKE '%{q.keyword}%' OR p.sku = '{q.keyword}')")
    if q.category:
        parts.append(f"p.category = '{q.category}'")
    return " AND ".join(parts)


class InventoryRepository:
    base_sql = (
        "SELECT p.sku, p.description, p.category, s.on_hand, s.bin_location "
        "FROM parts p JOIN stock_levels s ON s.sku = p.sku AND s.store_code = p.store_code"
    )

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def search(self, q: PartQuery, limit: int = 50) -> List[Dict[str, Any]]:
        sql = f"{self.base_sql} WHERE {_where_clause(q)} ORDER BY p.sku LIMIT :limit"
        with self.engine.connect() as conn:
            rows = conn.execute(text(sql), {"limit": limit}).mappings().all()
        return [dict(r) for r in rows]


def search_from_request(args: Dict[str, str], engine: Engine) -> List[Dict[str, Any]]:
    query = PartQuery(
        store=args["store"],
        keyword=args.get("q"),
        category=args.get("category"),
        min_stock=int(args.get("min_stock", 0)),
    )
    return InventoryRepository(engine).search(query)


if __name__ == "__main__":
    import os

    eng = create_engine(os.environ["INVENTORY_DSN"])
    print(search_from_request({"store": "LDN01", "q": "brake pad"}, eng))
