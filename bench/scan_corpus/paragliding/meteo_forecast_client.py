"""Fetch regional soaring forecasts from the meteo service (private PKI, internal CA)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date
from typing import List, Optional

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("meteo.forecast")


@dataclass(frozen=True)
class ForecastSettings:
    base_url: str = field(default_factory=lambda: os.environ["METEO_FORECAST_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ.get(
        "METEO_CA_BUNDLE", "/etc/pgschool/certs/meteo-internal-ca.pem"))
    client_cert: Optional[str] = field(default_factory=lambda: os.environ.get("METEO_CLIENT_CERT"))
    timeout_s: float = 10.0


@dataclass
class SoaringForecast:
    region: str
    day: date
    thermal_top_m: int
    max_wind_kmh: float
    overdevelopment_risk: str

    @property
    def school_day(self) -> bool:
        return self.max_wind_kmh < 20 and self.overdevelopment_risk in {"low", "moderate"}


class ForecastClient:
    def __init__(self, settings: Optional[ForecastSettings] = None) -> None:
        self.settings = settings or ForecastSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        if self.settings.client_cert:
            self.session.cert = self.settings.client_cert
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def regional(self, region: str, day: date) -> SoaringForecast:
        resp = self.session.get(
            f"{self.settings.base_url}/forecast/{region}",
            params={"date": day.isoformat(), "product": "soaring"},
            timeout=self.settings.timeout_s,
        )
        resp.raise_for_status()
        data = resp.json()
        return SoaringForecast(
            region=region,
            day=day,
            thermal_top_m=int(data["thermals"]["top_m"]),
            max_wind_kmh=float(data["wind"]["max_kmh"]),
            overdevelopment_risk=str(data["convection"]["overdevelopment"]),
        )

    def school_days(self, region: str, days: List[date]) -> List[date]:
        good = []
        for day in days:
            try:
                if self.regional(region, day).school_day:
                    good.append(day)
            except requests.RequestException as exc:
                log.warning("forecast for %s on %s unavailable: %s", region, day, exc)
        return good
