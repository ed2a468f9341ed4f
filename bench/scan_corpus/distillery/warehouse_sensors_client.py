"""Client for the bonded warehouse's environmental sensor hub.

The hub exposes temperature and humidity per bay over HTTPS with a
certificate issued by the site's private CA; the CA bundle is deployed
alongside this service.
"""
import ssl
from dataclasses import dataclass
from datetime import datetime

import httpx


@dataclass
class SensorHubSettings:
    base_url: str
    ca_bundle: str
    api_key: str
    timeout: float = 10.0


@dataclass
class BayReading:
    bay: str
    taken_at: datetime
    temp_c: float
    rel_humidity: float


class SensorHubClient:
    def __init__(self, settings: SensorHubSettings):
        tls = ssl.create_default_context(cafile=settings.ca_bundle)
        client_opts = {
            "base_url": settings.base_url,
            "timeout": settings.timeout,
            "verify": tls,
            "headers": {"X-Api-Key": settings.api_key},
        }
        self._http = httpx.Client(**client_opts)

    def latest(self, bay: str) -> BayReading:
        resp = self._http.get(f"/bays/{bay}/latest")
        resp.raise_for_status()
        data = resp.json()
        return BayReading(
            bay=bay,
            taken_at=datetime.fromisoformat(data["taken_at"]),
            temp_c=float(data["temperature"]),
            rel_humidity=float(data["humidity"]),
        )

    def all_bays(self) -> list[str]:
        resp = self._http.get("/bays")
        resp.raise_for_status()
        return [b["code"] for b in resp.json()]

    def close(self) -> None:
        self._http.close()
