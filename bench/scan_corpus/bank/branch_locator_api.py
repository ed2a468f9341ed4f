"""Public branch and ATM locator API.

Serves opening hours, services and coordinates for branches and ATMs. The
data is public and the API takes no cookies or auth headers, so any site
(partner comparison sites, maps widgets) may call it from the browser.
"""
from __future__ import annotations

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from locator.repository import find_nearby, get_branch

app = FastAPI(title="Branch & ATM Locator", version="1.4.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Accept-Language"],
    max_age=86400,
)


@app.get("/v1/locations")
def nearby(
    lat: float = Query(..., ge=-90, le=90),
    lon: float = Query(..., ge=-180, le=180),
    radius_km: float = Query(5, gt=0, le=50),
    kind: str = Query("any", pattern="^(branch|atm|any)$"),
):
    return {"locations": find_nearby(lat, lon, radius_km, kind)}


@app.get("/v1/branches/{sort_code}")
def branch(sort_code: str):
    return get_branch(sort_code)
