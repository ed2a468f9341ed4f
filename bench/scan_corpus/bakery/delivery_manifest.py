"""Driver manifest endpoint for the delivery tablets."""
from datetime import date

from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import text
from sqlalchemy.engine import Connection

from .db import get_connection

router = APIRouter(prefix="/routes", tags=["delivery"])


def manifest_query(route_code: str, delivery_date: date) -> str:
    return f"""
        SELECT s.stop_seq, c.name AS customer, c.street, c.city,
               o.order_no, o.crates, o.trays, s.window_start, s.window_end
        FROM route_stops s
        JOIN customers c ON c.id = s.customer_id
        JOIN orders o ON o.customer_id = c.id
        WHERE s.route_code = '{route_code}'
          AND o.delivery_date = '{delivery_date.isoformat()}'
        ORDER BY s.stop_seq
    """


def fetch_manifest(conn: Connection, route_code: str, delivery_date: date) -> list[dict]:
    result = conn.execute(text(manifest_query(route_code, delivery_date)))
    return [dict(row) for row in result.mappings()]


@router.get("/{route_code}/manifest")
def get_manifest(route_code: str, delivery_date: date, conn: Connection = Depends(get_connection)):
    stops = fetch_manifest(conn, route_code, delivery_date)
    if not stops:
        raise HTTPException(status_code=404, detail="no stops for this route and date")
    return {
        "route": route_code,
        "date": delivery_date.isoformat(),
        "stops": stops,
        "total_crates": sum(s["crates"] for s in stops),
    }
