"""Public, read-only timetable API.

Embedded by tourist boards and travel sites in their own pages, so any
origin may read it. No cookies or auth headers are involved.
"""
from datetime import date

from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from timetable.store import departures_for, routes

app = FastAPI(title="Timetable API", docs_url="/docs")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=["Accept", "Content-Type"],
    max_age=86400,
)


@app.get("/v1/routes")
def list_routes():
    return [{"code": r.code, "from": r.origin, "to": r.destination} for r in routes()]


@app.get("/v1/routes/{route_code}/departures")
def route_departures(route_code: str, day: date = Query(default_factory=date.today)):
    if route_code not in {r.code for r in routes()}:
        raise HTTPException(404, "unknown route")
    return [
        {"departs": d.departs_at.isoformat(), "arrives": d.arrives_at.isoformat(),
         "vessel": d.vessel_name, "status": d.status}
        for d in departures_for(route_code, day)
    ]
