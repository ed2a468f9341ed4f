"""Pull sewer flow readings from the SCADA historian REST API into the telemetry store."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx

log = logging.getLogger("telemetry.ingest")


@dataclass(frozen=True)
class HistorianSettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/ssl/certs/utility-root.pem"

    @classmethod
    def from_env(cls) -> "HistorianSettings":
        return cls(
            base_url=os.environ["HISTORIAN_URL"],
            client_id=os.environ["HISTORIAN_CLIENT_ID"],
            client_secret=os.environ["HISTORIAN_CLIENT_SECRET"],
        )


class HistorianSession:
    """Thin wrapper that keeps one OAuth token per ingest run."""

    def __init__(self, settings: HistorianSettings) -> None:
        self.settings = settings
        self._headers: dict[str, str] = {}
        self._client = httpx.Client(
            base_url=settings.base_url, verify=settings.ca_bundle, timeout=20.0
        )

    def authenticate(self) -> None:
        resp = self._client.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.settings.client_id,
                "client_secret": self.settings.client_secret,
            },
        )
        resp.raise_for_status()
        token = resp.json()["access_token"]
        self._headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def fetch_flows(self, station_tag: str, hours: int = 1) -> list[dict]:
        if not self._headers:
            self.authenticate()
        end = datetime.now(timezone.utc)
        params = {
            "tag": station_tag,
            "start": (end - timedelta(hours=hours)).isoformat(),
            "end": end.isoformat(),
        }
        log.info("historian request tag=%s headers=%s", station_tag, self._headers)
        resp = self._client.get("/api/v2/points", params=params, headers=self._headers)
        resp.raise_for_status()
        return [
            {"tag": station_tag, "ts": p["t"], "flow_lps": float(p["v"]), "quality": p.get("q", 192)}
            for p in resp.json()["points"]
        ]


def ingest(stations: list[str], sink) -> int:
    session = HistorianSession(HistorianSettings.from_env())
    total = 0
    for tag in stations:
        rows = session.fetch_flows(tag)
        sink.write_many(rows)
        total += len(rows)
    log.info("ingested %d flow points from %d stations", total, len(stations))
    return total
