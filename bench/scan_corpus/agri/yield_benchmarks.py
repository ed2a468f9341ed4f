"""County-level yield benchmarking for the grower dashboard."""
import os

from fastapi import APIRouter, HTTPException, Query
from sqlalchemy import create_engine, text

router = APIRouter(prefix="/benchmarks")
engine = create_engine(os.environ["WAREHOUSE_URL"], pool_pre_ping=True)

METRIC_COLUMNS = {
    "yield": "yield_t_ha",
    "moisture": "moisture_pct",
    "protein": "protein_pct",
    "test_weight": "test_weight_kg_hl",
}


def _benchmark_sql(metric: str) -> str:
    column = METRIC_COLUMNS[metric]
    return (
        f"SELECT county_fips, AVG({column}) AS mean_value, "
        f"PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY {column}) AS p90 "
        "FROM harvest_passes WHERE crop = :crop AND season = :season "
        "GROUP BY county_fips HAVING COUNT(DISTINCT farm_id) >= :min_farms"
    )


@router.get("/{metric}")
def county_benchmarks(
    metric: str,
    crop: str = Query(..., max_length=40),
    season: int = Query(..., ge=1990, le=2100),
):
    if metric not in METRIC_COLUMNS:
        raise HTTPException(404, "unknown metric")
    with engine.connect() as conn:
        rows = conn.execute(
            text(_benchmark_sql(metric)),
            {"crop": crop, "season": season, "min_farms": 5},
        ).mappings().all()
    return {"metric": metric, "crop": crop, "season": season, "counties": [dict(r) for r in rows]}
