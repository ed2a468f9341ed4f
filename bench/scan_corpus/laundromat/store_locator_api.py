"""Public store locator and machine availability API.

Embedded on the marketing site and on partner sites as a widget. It only
serves public, read-only data and uses no cookies or auth headers, so any
origin may call it.
"""
import os

import asyncpg
from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="WashPoint Store Locator", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=3600,
)


@app.on_event("startup")
async def connect() -> None:
    app.state.pool = await asyncpg.create_pool(os.environ["LOCATOR_DATABASE_URL"], min_size=1, max_size=5)


@app.get("/stores")
async def nearby_stores(
    lat: float = Query(..., ge=-90, le=90),
    lon: float = Query(..., ge=-180, le=180),
    radius_km: float = Query(10, gt=0, le=50),
):
    rows = await app.state.pool.fetch(
        """
        SELECT id, name, address, opening_hours,
               free_washers, free_dryers,
               earth_distance(ll_to_earth($1, $2), ll_to_earth(lat, lon)) / 1000 AS km
        FROM public_store_status
        WHERE earth_box(ll_to_earth($1, $2), $3 * 1000) @> ll_to_earth(lat, lon)
        ORDER BY km
        LIMIT 25
        """,
        lat, lon, radius_km,
    )
    return [dict(r) for r in rows]
