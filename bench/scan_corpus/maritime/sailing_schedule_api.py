"""Public sailing schedule API (point-to-point routes and vessel rotations).

Embedded by freight forwarders on their own sites, so any origin may read it. No cookies
or user-specific data are involved.
"""
from datetime import date

from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from schedules.store import ScheduleStore

PUBLIC_CORS = {
    "allow_origins": ["*"],
    "allow_credentials": False,
    "allow_methods": ["GET"],
    "allow_headers": ["Accept"],
    "max_age": 3600,
}

app = FastAPI(title="Sailing Schedules")
app.add_middleware(CORSMiddleware, **PUBLIC_CORS)
store = ScheduleStore.from_env()


@app.get("/v1/point-to-point")
def point_to_point(
    origin: str = Query(..., min_length=5, max_length=5, description="UN/LOCODE"),
    destination: str = Query(..., min_length=5, max_length=5),
    departure_from: date = Query(default_factory=date.today),
    weeks: int = Query(4, ge=1, le=12),
):
    return store.routes(origin.upper(), destination.upper(), departure_from, weeks)


@app.get("/v1/services/{service_code}/rotation")
def rotation(service_code: str):
    return store.rotation(service_code.upper())
