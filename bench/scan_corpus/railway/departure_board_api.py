"""Public, read-only departure board API embedded by third-party station sites.

No cookies or auth headers are accepted here; personalised data lives in the
account API, which has its own origin allow-list.
"""
from __future__ import annotations

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from boards.service import DepartureService

app = FastAPI(title="Departure boards", version="1.4.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)

service = DepartureService()


@app.get("/stations/{crs}/departures")
async def departures(crs: str, rows: int = Query(10, ge=1, le=30), platform: str | None = None):
    crs = crs.upper()
    if len(crs) != 3 or not crs.isalpha():
        raise HTTPException(status_code=404, detail="unknown station")
    board = await service.departures(crs, rows=rows, platform=platform)
    if board is None:
        raise HTTPException(status_code=404, detail="unknown station")
    return board


@app.get("/stations/{crs}/arrivals")
async def arrivals(crs: str, rows: int = Query(10, ge=1, le=30)):
    board = await service.arrivals(crs.upper(), rows=rows)
    if board is None:
        raise HTTPException(status_code=404, detail="unknown station")
    return board
