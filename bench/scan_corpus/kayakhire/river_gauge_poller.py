"""Poll the upstream river-level gauges and store readings for the launch board."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GaugeEndpoint:
    """Where a gauge station publishes its readings."""

    station_id: str
    host: str = "10.40.2.17"
    port: int = 8081
    path: str = "/api/v1/level"
    timeout: float = 5.0

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}{self.path}"


@dataclass
class GaugeReading:
    station_id: str
    level_m: float
    flow_m3s: float | None
    observed_at: datetime


class RiverGaugePoller:
    """Fetches the latest level for every station shown on the launch board."""

    def __init__(self, stations: list[str], client: httpx.Client | None = None) -> None:
        self.endpoints = [GaugeEndpoint(station_id=s) for s in stations]
        self.client = client or httpx.Client()

    def fetch(self, endpoint: GaugeEndpoint) -> GaugeReading:
        resp = self.client.get(
            endpoint.url,
            params={"station": endpoint.station_id},
            timeout=endpoint.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        flow = body.get("flow")
        return GaugeReading(
            station_id=endpoint.station_id,
            level_m=float(body["level"]),
            flow_m3s=float(flow) if flow is not None else None,
            observed_at=datetime.fromisoformat(body["timestamp"]).astimezone(timezone.utc),
        )

    def poll_all(self) -> list[GaugeReading]:
        readings: list[GaugeReading] = []
        for endpoint in self.endpoints:
            try:
                readings.append(self.fetch(endpoint))
            except (httpx.HTTPError, KeyError, ValueError) as exc:
                log.warning("gauge %s unavailable: %s", endpoint.station_id, exc)
        return readings
