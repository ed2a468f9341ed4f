"""Summary statistics for monitoring measurements.

Feeds the charts on the site monitoring page: peat depth probes, dipwell
water-table readings and vegetation cover, summarised per site and year.
"""

from enum import Enum

from fastapi import FastAPI, HTTPException
from sqlalchemy import Column, Date, Float, MetaData, String, Table, func, select

from peatcutter.db import engine

metadata = MetaData()

depth_probes = Table(
    "depth_probes", metadata,
    Column("site_code", String), Column("measured_on", Date), Column("value", Float),
)
dipwell_readings = Table(
    "dipwell_readings", metadata,
    Column("site_code", String), Column("measured_on", Date), Column("value", Float),
)
vegetation_cover = Table(
    "vegetation_cover", metadata,
    Column("site_code", String), Column("measured_on", Date), Column("value", Float),
)


class Metric(str, Enum):
    depth = "depth"
    water_table = "water_table"
    cover = "cover"


METRIC_TABLES = {
    Metric.depth: depth_probes,
    Metric.water_table: dipwell_readings,
    Metric.cover: vegetation_cover,
}

app = FastAPI()


@app.get("/sites/{site_code}/stats/{metric}")
def metric_summary(site_code: str, metric: Metric, year: int):
    table = METRIC_TABLES[metric]
    stmt = select(
        func.count().label("n"),
        func.avg(table.c.value).label("mean"),
        func.min(table.c.value).label("min"),
        func.max(table.c.value).label("max"),
    ).where(
        table.c.site_code == site_code.upper(),
        func.extract("year", table.c.measured_on) == year,
    )
    with engine.connect() as conn:
        row = conn.execute(stmt).one()
    if row.n == 0:
        raise HTTPException(status_code=404, detail="No measurements for that site and year")
    return {"site": site_code.upper(), "metric": metric.value, "year": year, **row._asdict()}
