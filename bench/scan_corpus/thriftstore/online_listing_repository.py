"""Read side of the online listings table, used by the listings admin API."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from fastapi import Depends, FastAPI, Query
from sqlalchemy import text
from sqlalchemy.engine import Connection

from .db import get_connection

app = FastAPI()


@dataclass
class ListingFilter:
    shop_code: Optional[str] = None
    status: str = "live"
    sort: str = "listed_at"
    descending: bool = True
    limit: int = 50


class ListingRepository:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _where(self, flt: ListingFilter) -> tuple[str, Dict[str, Any]]:
        clauses = ["l.status = :status"]
        params: Dict[str, Any] = {"status": flt.status, "limit": min(flt.limit, 200)}
        if flt.shop_code:
            clauses.append("s.shop_code = :shop")
            params["shop"] = flt.shop_code
        return " AND ".join(clauses), params

    def find(self, flt: ListingFilter) -> List[Dict[str, Any]]:
        where, params = self._where(flt)
        direction = "DESC" if flt.descending else "ASC"
        sql = (
            "SELECT l.id, l.title, l.price_pence, l.status, l.listed_at, s.shop_code "
            "FROM online_listings l JOIN stock_items s ON s.id = l.stock_item_id "
            f"WHERE {where} ORDER BY l.{flt.sort} {direction} LIMIT :limit"
        )
        return [dict(r._mapping) for r in self._conn.execute(text(sql), params)]


@app.get("/admin/listings")
def list_listings(
    shop: Optional[str] = None,
    status: str = "live",
    sort: str = "listed_at",
    desc: bool = True,
    limit: int = Query(50, le=200),
    conn: Connection = Depends(get_connection),
):
    flt = ListingFilter(shop_code=shop, status=status, sort=sort, descending=desc, limit=limit)
    return {"listings": ListingRepository(conn).find(flt)}
