"""Route catalogue API used by the marketing site and the guide app web view."""
from __future__ import annotations

import os

from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

app = FastAPI(title="Cycletouring route catalogue")

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get(
        "CATALOGUE_CORS_ORIGINS", "https://www.cycletouring.example,https://guides.cycletouring.example"
    ).split(",")
    if origin.strip()
]

app.add_middleware(
    CORSMiddleware,
    allow_origins=ALLOWED_ORIGINS,
    allow_credentials=True,
    allow_methods=["GET", "POST"],
    allow_headers=["Content-Type"],
)


@app.get("/api/routes")
def list_routes(region: str | None = None, max_daily_km: int | None = None):
    routes = app.state.catalogue.search(region=region, max_daily_km=max_daily_km)
    return [
        {"code": r.code, "title": r.title, "days": r.days, "difficulty": r.difficulty}
        for r in routes
    ]


@app.get("/api/routes/{code}")
def route_detail(code: str):
    route = app.state.catalogue.get(code)
    if route is None:
        raise HTTPException(status_code=404)
    return {
        "code": route.code,
        "title": route.title,
        "stages": [{"from": s.start, "to": s.finish, "km": s.distance_km} for s in route.stages],
    }


@app.post("/api/routes/{code}/wishlist", status_code=204)
def add_to_wishlist(code: str, request: Request):
    rider_id = app.state.sessions.rider_for(request.cookies.get("ct_rider_session"))
    if rider_id is None:
        raise HTTPException(status_code=401)
    if app.state.catalogue.get(code) is None:
        raise HTTPException(status_code=404)
    app.state.wishlists.add(rider_id, code)
