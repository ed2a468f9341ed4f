"""Fetch inline-inspection (smart pig) anomaly listings from the ILI vendor portal."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterator

import requests

log = logging.getLogger("ili.vendor")


@dataclass
class Anomaly:
    run_id: str
    odometer_ft: float
    clock_position: str
    feature_type: str
    depth_pct: float


class IliVendorClient:
    default_headers = {
        "Accept": "application/json",
        "X-Client": "gaspipe-integrity/2.3",
        "X-Api-Key": "ili_live_7Hq2vKx9RmT4sWbN8cYdZ3pL6fGjA1eU",
    }

    def __init__(self, base_url: str | None = None) -> None:
        self.base_url = (base_url or os.environ["ILI_PORTAL_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.headers.update(self.default_headers)

    def anomalies(self, run_id: str, min_depth_pct: float = 10.0) -> Iterator[Anomaly]:
        page = 1
        while True:
            resp = self.session.get(
                f"{self.base_url}/runs/{run_id}/anomalies",
                params={"page": page, "min_depth": min_depth_pct},
                timeout=30,
            )
            resp.raise_for_status()
            body = resp.json()
            for row in body["items"]:
                yield Anomaly(
                    run_id=run_id,
                    odometer_ft=row["odometer_ft"],
                    clock_position=row["clock"],
                    feature_type=row["type"],
                    depth_pct=row["depth_pct"],
                )
            if not body.get("next_page"):
                break
            page += 1

    def dig_candidates(self, run_id: str, threshold_pct: float = 40.0) -> list[Anomaly]:
        hits = [a for a in self.anomalies(run_id) if a.depth_pct >= threshold_pct]
        log.info("run %s has %d dig candidates", run_id, len(hits))
        return hits
