"""Public, read-only event feed used by partner sites and the embed widget.

No cookies or auth headers are involved: the feed only exposes what is
already on the public event pages.
"""
from datetime import date

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from .catalog import get_event, search_events

app = FastAPI(title="Public events feed", docs_url="/docs", openapi_url="/openapi.json")

PUBLIC_CORS = dict(
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET", "OPTIONS"],
    allow_headers=["Accept", "Content-Type"],
    max_age=3600,
)
app.add_middleware(CORSMiddleware, **PUBLIC_CORS)


@app.get("/v1/events")
def list_events(
    city: str | None = Query(None, max_length=64),
    starts_after: date | None = None,
    limit: int = Query(20, ge=1, le=100),
):
    return {"events": [e.public_dict() for e in search_events(city, starts_after, limit)]}


@app.get("/v1/events/{slug}")
def event_detail(slug: str):
    event = get_event(slug)
    if event is None or not event.is_public:
        raise HTTPException(status_code=404, detail="event not found")
    return event.public_dict()
