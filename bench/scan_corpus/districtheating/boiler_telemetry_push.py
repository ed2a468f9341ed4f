"""Pushes boiler plant telemetry to the company's central ingestion API."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import Iterable

import requests


@dataclass(frozen=True)
class IngestSettings:
    url: str = field(default_factory=lambda: os.environ["DH_INGEST_URL"])
    token: str = field(default_factory=lambda: os.environ["DH_INGEST_TOKEN"], repr=False)
    ca_bundle: str = field(default_factory=lambda: os.environ.get("DH_CA_BUNDLE", "/etc/ssl/certs/dh-internal-ca.pem"))
    plant_id: str = field(default_factory=lambda: os.environ["DH_PLANT_ID"])


class TelemetryPusher:
    batch_size = 500

    def __init__(self, settings: IngestSettings | None = None) -> None:
        self.settings = settings or IngestSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.headers.update({
            "Authorization": f"Bearer {self.settings.token}",
            "User-Agent": f"dh-plant-agent/{self.settings.plant_id}",
        })

    def _batches(self, points: Iterable[dict]) -> Iterable[list[dict]]:
        batch: list[dict] = []
        for p in points:
            batch.append(p)
            if len(batch) >= self.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def push(self, points: Iterable[dict]) -> int:
        sent = 0
        for batch in self._batches(points):
            body = {"plant": self.settings.plant_id, "sent_at": time.time(), "points": batch}
            resp = self.session.post(f"{self.settings.url}/v1/telemetry", json=body, timeout=15)
            resp.raise_for_status()
            sent += len(batch)
        return sent


def sample_points(plc) -> list[dict]:
    now = time.time()
    return [
        {"tag": "boiler1.supply_temp_c", "ts": now, "value": plc.read("DB10.DBD0")},
        {"tag": "boiler1.return_temp_c", "ts": now, "value": plc.read("DB10.DBD4")},
        {"tag": "boiler1.gas_flow_nm3h", "ts": now, "value": plc.read("DB10.DBD8")},
    ]
