"""Public lane availability API embedded by partner sites and the website widget.

Read-only, anonymous, no cookies: it only exposes free lane slots per
centre so third-party "things to do" sites can show them.
"""
from __future__ import annotations

from datetime import date

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .availability import free_slots, known_site

app = FastAPI(title="Lane availability", docs_url=None, redoc_url=None)
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept"],
    max_age=3600,
)


@app.get("/v1/centres/{site_code}/availability")
def availability(site_code: str, day: date = Query(...), party_size: int = Query(4, ge=1, le=48)):
    if not known_site(site_code):
        raise HTTPException(status_code=404, detail="unknown centre")
    return {
        "centre": site_code,
        "day": day.isoformat(),
        "slots": [
            {"start": s.start.strftime("%H:%M"), "lanes_free": s.lanes_free}
            for s in free_slots(site_code, day, party_size)
        ],
    }
