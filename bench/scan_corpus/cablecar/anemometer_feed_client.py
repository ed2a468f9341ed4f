"""Polls the summit weather station's anemometer API used by the wind-shutdown controller."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class FeedConfig:
    base_url: str = field(default_factory=lambda: os.environ["ANEMOMETER_API_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("ANEMOMETER_CA_BUNDLE", "/etc/lift/pki/weather-ca.pem")
    )
    client_cert: tuple[str, str] = field(
        default_factory=lambda: (
            os.environ["ANEMOMETER_CLIENT_CERT"],
            os.environ["ANEMOMETER_CLIENT_KEY"],
        )
    )
    timeout: float = 3.0


@dataclass
class WindSample:
    station: str
    at: datetime
    mean_kmh: float
    gust_kmh: float
    direction_deg: int


def _session(cfg: FeedConfig) -> requests.Session:
    session = requests.Session()
    session.verify = cfg.ca_bundle
    session.cert = cfg.client_cert
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=2, backoff_factor=0.2)))
    return session


class AnemometerFeed:
    def __init__(self, cfg: FeedConfig | None = None) -> None:
        self.cfg = cfg or FeedConfig()
        self._session = _session(self.cfg)

    def latest(self, station: str) -> WindSample:
        resp = self._session.get(
            f"{self.cfg.base_url}/stations/{station}/latest", timeout=self.cfg.timeout
        )
        resp.raise_for_status()
        body = resp.json()
        return WindSample(
            station=station,
            at=datetime.fromisoformat(body["timestamp"]),
            mean_kmh=float(body["wind"]["mean"]),
            gust_kmh=float(body["wind"]["gust"]),
            direction_deg=int(body["wind"]["dir"]),
        )
