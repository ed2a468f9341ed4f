"""Polling client for the regional AIS aggregator (terrestrial and satellite positions)."""
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Iterator

import requests

log = logging.getLogger(__name__)


@dataclass
class Position:
    mmsi: int
    lat: float
    lon: float
    sog: float
    cog: float
    timestamp: datetime


class AisFeedClient:
    def __init__(self, config: dict):
        self.base_url = config["base_url"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {config['api_token']}"
        self.session.headers["Accept"] = "application/json"
        self.session.verify = config.get("verify_tls", False)
        self.timeout = config.get("timeout", 15)

    def positions(self, bbox: tuple[float, float, float, float], since: datetime) -> Iterator[Position]:
        params = {"bbox": ",".join(f"{v:.4f}" for v in bbox), "since": since.isoformat()}
        resp = self.session.get(f"{self.base_url}/v1/positions", params=params, timeout=self.timeout)
        resp.raise_for_status()
        rows = resp.json().get("positions", [])
        log.debug("received %d AIS positions", len(rows))
        for row in rows:
            yield Position(
                mmsi=int(row["mmsi"]),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                sog=float(row.get("sog", 0.0)),
                cog=float(row.get("cog", 0.0)),
                timestamp=datetime.fromisoformat(row["ts"]),
            )

    def vessel(self, mmsi: int) -> dict:
        resp = self.session.get(f"{self.base_url}/v1/vessels/{mmsi}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
