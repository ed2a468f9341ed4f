"""Client for the national tide and current prediction service."""
import os

import httpx

API_KEY_HEADER = "X-Api-Key"
API_KEY_ENV = "TIDE_SERVICE_API_KEY"
DEFAULT_BASE_URL = "https://tides.hydro.example.gov/api/v1"


class TideServiceClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._http = httpx.Client(
            base_url=base_url or os.environ.get("TIDE_SERVICE_URL", DEFAULT_BASE_URL),
            headers={API_KEY_HEADER: key},
            timeout=15.0,
        )

    def predictions(self, station_id: str, start: str, end: str) -> list[dict]:
        resp = self._http.get(
            f"/stations/{station_id}/predictions",
            params={"start": start, "end": end, "datum": "LAT"},
        )
        resp.raise_for_status()
        return resp.json()["predictions"]

    def surface_current(self, lat: float, lon: float, when: str) -> dict:
        resp = self._http.get("/currents", params={"lat": lat, "lon": lon, "time": when})
        resp.raise_for_status()
        return resp.json()
