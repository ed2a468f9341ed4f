"""Wind speed alerts for outdoor rigs (festival stages, ground-support towers).

Polls the weather provider for site gusts; crew chiefs get a warning above
the stage's operational wind limit and a lower-the-roof alert above the
survival limit from the structure's engineering report.
"""
import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("highline.wind")

API_URL = "https://api.windwatch.io/v3/observations"


def masked(secret: str) -> str:
    return f"{secret[:4]}…({len(secret)} chars)" if secret else "<unset>"


@dataclass
class StageLimits:
    site: str
    lat: float
    lon: float
    operational_ms: float
    survival_ms: float


class WindClient:
    def __init__(self, api_key: str | None = None, timeout: float = 10.0):
        self.api_key = api_key or os.environ["WINDWATCH_API_KEY"]
        self.timeout = timeout
        log.info("wind client configured, key %s", masked(self.api_key))

    def gust_ms(self, lat: float, lon: float) -> float:
        resp = requests.get(
            API_URL,
            params={"lat": lat, "lon": lon, "fields": "gust"},
            headers={"X-Api-Key": self.api_key},
            timeout=self.timeout,
        )
        log.debug("windwatch GET %s -> %s", resp.url, resp.status_code)
        resp.raise_for_status()
        return float(resp.json()["gust_ms"])


def evaluate(client: WindClient, stages: list[StageLimits]) -> list[tuple[str, str, float]]:
    alerts = []
    for stage in stages:
        gust = client.gust_ms(stage.lat, stage.lon)
        if gust >= stage.survival_ms:
            alerts.append((stage.site, "LOWER_ROOF", gust))
        elif gust >= stage.operational_ms:
            alerts.append((stage.site, "STOP_WORK_AT_HEIGHT", gust))
    for site, level, gust in alerts:
        log.warning("%s: %s, gust %.1f m/s", site, level, gust)
    return alerts
