"""Client for the third-party vehicle routing API.

Submits the next day's restaurant visits and mail-in courier pickups as
a routing problem and polls until the provider has a solution.
"""
import logging
import time

import requests

from knifegrinder.settings import settings

logger = logging.getLogger("knifegrinder.routing")


class RouteOptimizerClient:
    def __init__(self, base_url: str = settings.ROUTING_API_URL, api_key: str = settings.ROUTING_API_KEY):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(
            {
                "Authorization": f"Bearer {api_key}",
                "Accept": "application/json",
                "User-Agent": "knifegrinder-dispatch/2.3",
            }
        )

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        logger.debug("POST %s headers=%s stops=%d", url, dict(self.session.headers), len(payload.get("visits", [])))
        response = self.session.post(url, json=payload, timeout=30)
        response.raise_for_status()
        return response.json()

    def submit(self, vans: list[dict], visits: list[dict]) -> str:
        problem = {
            "vehicles": [
                {"id": v["van_id"], "start": v["depot"], "shift": [v["start"], v["end"]]}
                for v in vans
            ],
            "visits": [
                {"id": s["stop_id"], "location": s["latlng"], "duration": s["service_minutes"] * 60}
                for s in visits
            ],
        }
        return self._post("/v2/optimize", problem)["job_id"]

    def wait_for_solution(self, job_id: str, poll_seconds: float = 5.0, max_wait: float = 600.0) -> dict:
        deadline = time.monotonic() + max_wait
        while time.monotonic() < deadline:
            response = self.session.get(f"{self.base_url}/v2/jobs/{job_id}", timeout=15)
            response.raise_for_status()
            body = response.json()
            if body["status"] in ("solved", "failed"):
                return body
            time.sleep(poll_seconds)
        raise TimeoutError(f"routing job {job_id} did not finish in {max_wait}s")
