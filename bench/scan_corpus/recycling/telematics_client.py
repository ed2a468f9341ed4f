"""Client for the truck telematics vendor's REST API.

Used by the dispatch screens to show live truck positions and by the
end-of-shift job that pulls lift counts per vehicle.
"""

import os
from datetime import date

import requests

TELEMATICS = {
    "base_url": os.environ["TELEMATICS_BASE_URL"],
    "account": "city-recycling",
    "api_key": "tlm_live_8f3c2a91d04e4b7fa6c1e5d92b7a0c44",
    "timeout": 15,
}


class TelematicsClient:
    def __init__(self, config: dict = TELEMATICS):
        self._base = config["base_url"].rstrip("/")
        self._timeout = config["timeout"]
        self._session = requests.Session()
        self._session.headers.update(
            {
                "X-Account": config["account"],
                "Authorization": f"Bearer {config['api_key']}",
                "Accept": "application/json",
            }
        )

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(f"{self._base}{path}", params=params, timeout=self._timeout)
        resp.raise_for_status()
        return resp.json()

    def positions(self, depot: str | None = None) -> list[dict]:
        data = self._get("/vehicles/positions", depot=depot) if depot else self._get("/vehicles/positions")
        return [
            {"vehicle": v["registration"], "lat": v["lat"], "lon": v["lon"], "at": v["timestamp"]}
            for v in data["vehicles"]
        ]

    def lift_counts(self, day: date) -> dict[str, int]:
        data = self._get("/reports/lifts", date=day.isoformat())
        return {row["registration"]: int(row["lifts"]) for row in data["rows"]}
