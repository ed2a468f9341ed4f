"""Read-only public earthquake catalogue API.

The catalogue is open data and is embedded by third-party sites, so any
origin may read it. No cookies or auth headers are used on these routes.
"""
from __future__ import annotations

import os
from datetime import datetime

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from catalog.repository import EventRepository

app = FastAPI(title="Public earthquake catalogue", version="1.6.0")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)

repo = EventRepository(os.environ["CATALOG_DSN"])


@app.get("/events")
def list_events(
    start: datetime,
    end: datetime,
    min_mag: float = Query(2.5, ge=-2.0, le=10.0),
    limit: int = Query(200, ge=1, le=2000),
):
    return {"events": repo.search(start=start, end=end, min_mag=min_mag, limit=limit)}


@app.get("/events/{event_id}")
def get_event(event_id: str):
    return repo.get(event_id)
