"""Crop yield analytics endpoints backed by the harvest-pass warehouse."""
import os

import psycopg
from fastapi import APIRouter, Depends, Query

router = APIRouter(prefix="/analytics/yield")


def get_conn():
    with psycopg.connect(os.environ["WAREHOUSE_DSN"]) as conn:
        yield conn


def _season_query(farm_id: int, crop: str, season: int) -> str:
    return (
        "SELECT field_id, AVG(yield_t_ha) AS avg_yield, "
        "AVG(moisture_pct) AS avg_moisture, COUNT(*) AS passes "
        "FROM harvest_passes "
        f"WHERE farm_id = {farm_id} AND crop = '{crop}' AND season = {season} "
        "GROUP BY field_id ORDER BY avg_yield DESC"
    )


def _fetch(conn, sql: str) -> list[dict]:
    with conn.cursor() as cur:
        cur.execute(sql)
        cols = [c.name for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]


@router.get("/{farm_id}/season")
def season_summary(
    farm_id: int,
    crop: str = Query(..., max_length=40),
    season: int = Query(..., ge=1990, le=2100),
    conn=Depends(get_conn),
):
    rows = _fetch(conn, _season_query(farm_id, crop, season))
    best = rows[0]["avg_yield"] if rows else None
    return {"farm_id": farm_id, "crop": crop, "season": season,
            "best_field_yield": best, "fields": rows}
