"""Read-only API behind the embeddable "conditions at the marina" widget.

Harbour webcams, yacht clubs and tourist-board sites embed the widget; it
shows wind, tide and free visitor berth counts. No authentication, no
cookies: everything here is public information.
"""
from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from marina.widget.data import free_visitor_berths, latest_conditions

app = FastAPI(title="Marina widget API", docs_url=None, redoc_url=None)

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=3600,
)


@app.get("/v1/conditions")
def conditions() -> dict:
    c = latest_conditions()
    return {
        "observed_at": c.observed_at.isoformat(),
        "wind_kn": c.wind_kn,
        "gust_kn": c.gust_kn,
        "direction_deg": c.direction_deg,
        "tide_m": c.tide_m,
    }


@app.get("/v1/berths/free")
def free_berths() -> dict:
    counts = free_visitor_berths()
    return {"total": sum(counts.values()), "by_length": counts}
