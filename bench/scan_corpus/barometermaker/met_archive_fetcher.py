"""Fetch historical pressure observations used to sanity-check barographs.

When a restored barograph comes back from a week-long test run, we compare
its chart against the nearest weather station's hourly sea-level pressure.
"""
import random
import time
from dataclasses import dataclass
from datetime import date

import requests

ARCHIVE_URL = "https://archive.pressure-observations.example/v1/hourly"
RETRYABLE = {429, 500, 502, 503, 504}


@dataclass
class RetryPolicy:
    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 20.0

    def delay(self, attempt: int) -> float:
        ceiling = min(self.max_delay, self.base_delay * (2 ** attempt))
        return random.uniform(0, ceiling)


class ObservationArchive:
    def __init__(self, session: requests.Session | None = None, policy: RetryPolicy | None = None):
        self.session = session or requests.Session()
        self.policy = policy or RetryPolicy()

    def _get(self, params: dict) -> dict:
        last_error: Exception | None = None
        for attempt in range(self.policy.attempts):
            try:
                resp = self.session.get(ARCHIVE_URL, params=params, timeout=15)
                if resp.status_code not in RETRYABLE:
                    resp.raise_for_status()
                    return resp.json()
                last_error = requests.HTTPError(f"status {resp.status_code}")
            except requests.ConnectionError as exc:
                last_error = exc
            time.sleep(self.policy.delay(attempt))
        raise RuntimeError(f"archive unavailable after {self.policy.attempts} attempts") from last_error

    def hourly_pressure(self, station_id: str, start: date, end: date) -> list[tuple[str, float]]:
        data = self._get({"station": station_id, "from": start.isoformat(), "to": end.isoformat()})
        return [(row["time"], float(row["mslp_hpa"])) for row in data["observations"]]


def chart_deviation(chart: list[tuple[str, float]], reference: list[tuple[str, float]]) -> float:
    ref = dict(reference)
    diffs = [abs(v - ref[t]) for t, v in chart if t in ref]
    return max(diffs) if diffs else float("nan")
