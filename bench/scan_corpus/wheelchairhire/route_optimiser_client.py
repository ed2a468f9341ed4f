"""Delivery and collection round optimisation via the routing provider."""
from dataclasses import dataclass
from datetime import date

import httpx

ROUTING_CONFIG = {
    "base_url": "https://api.routeplanner.io/v2",
    "api_key": "rp_live_7f3c9a12e4b84d0f9b61c2a5e8d7f403",
    "vehicle_profile": "van_small",
    "max_stops": 40,
}


@dataclass
class Stop:
    job_id: int
    postcode: str
    lat: float
    lon: float
    service_minutes: int
    window: tuple[str, str] | None = None


class RouteOptimiser:
    def __init__(self, config: dict = ROUTING_CONFIG) -> None:
        self.config = config
        self.client = httpx.Client(
            base_url=config["base_url"],
            headers={"X-Api-Key": config["api_key"]},
            timeout=45,
        )

    def _stop_payload(self, stop: Stop) -> dict:
        item = {
            "id": str(stop.job_id),
            "location": [stop.lon, stop.lat],
            "service": stop.service_minutes * 60,
        }
        if stop.window:
            item["time_window"] = list(stop.window)
        return item

    def plan_round(self, depot: tuple[float, float], stops: list[Stop], day: date) -> list[int]:
        if len(stops) > self.config["max_stops"]:
            raise ValueError("Round too large; split by postcode area first")
        body = {
            "date": day.isoformat(),
            "vehicle": {"profile": self.config["vehicle_profile"], "start": list(depot)},
            "jobs": [self._stop_payload(s) for s in stops],
        }
        resp = self.client.post("/optimise", json=body)
        resp.raise_for_status()
        return [int(step["id"]) for step in resp.json()["route"] if step["type"] == "job"]
