"""Public departures API used by stop displays and third-party widgets.

Everything served here is open data (scheduled and real-time departures,
stop metadata, service disruptions). No cookies or credentials are
accepted, so any site may call it from the browser.
"""
from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from .realtime import departures_for, disruptions_for
from .stops import nearby_stops

app = FastAPI(title="Open Departures API", docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "If-None-Match"],
    max_age=86400,
)


@app.get("/v1/stops/{stop_id}/departures")
async def departures(stop_id: str, limit: int = Query(10, ge=1, le=50)):
    return {"stop": stop_id, "departures": await departures_for(stop_id, limit)}


@app.get("/v1/stops/nearby")
async def stops_nearby(lat: float, lon: float, radius_m: int = Query(400, le=2000)):
    return {"stops": await nearby_stops(lat, lon, radius_m)}


@app.get("/v1/disruptions")
async def disruptions(line: str | None = None):
    return {"disruptions": await disruptions_for(line)}
