"""Public, unauthenticated API for the charging-station map widget.

Partner websites embed the widget, so any origin may read station data.
No cookies or auth headers are accepted on these routes.
"""
from fastapi import FastAPI, Query
from fastapi.middleware.cors import CORSMiddleware

from chargemap.stations import nearby_stations, station_availability

app = FastAPI(title="Charger Map Public API")

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=False,
    allow_methods=["GET"],
    allow_headers=[],
    max_age=3600,
)


@app.get("/v1/stations")
def stations(
    lat: float = Query(..., ge=-90, le=90),
    lon: float = Query(..., ge=-180, le=180),
    radius_km: float = Query(5.0, gt=0, le=50),
) -> list[dict]:
    return [s.public_view() for s in nearby_stations(lat, lon, radius_km)]


@app.get("/v1/stations/{station_id}/availability")
def availability(station_id: str) -> dict:
    return station_availability(station_id).public_view()
