"""Client for the SCADA historian that stores 10-minute turbine averages."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import requests

logger = logging.getLogger(__name__)


class HistorianSettings:
    """Connection parameters for the east-array historian cluster."""

    scheme = "https"
    host = "10.42.7.15"
    port = 8443
    api_prefix = "/pi/v2"
    timeout_s = 15.0
    ca_bundle = "/etc/ssl/certs/windfarm-internal-ca.pem"


@dataclass
class TagQuery:
    turbine_id: str
    tag: str
    start: datetime
    end: datetime


class HistorianClient:
    """Thin wrapper around the historian REST interface."""

    def __init__(self, settings: type[HistorianSettings] = HistorianSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle

    def _base_url(self) -> str:
        s = self._settings
        return f"{s.scheme}://{s.host}:{s.port}{s.api_prefix}"

    def fetch_series(self, query: TagQuery) -> list[dict[str, Any]]:
        url = f"{self._base_url()}/streams/{query.turbine_id}.{query.tag}/recorded"
        params = {"startTime": query.start.isoformat(), "endTime": query.end.isoformat()}
        resp = self._session.get(url, params=params, timeout=self._settings.timeout_s)
        resp.raise_for_status()
        items = resp.json().get("Items", [])
        logger.debug("historian returned %d points for %s", len(items), query.tag)
        return items


def last_day_power(client: HistorianClient, turbine_id: str) -> float:
    """Mean active power (kW) over the trailing 24 hours."""
    end = datetime.utcnow()
    query = TagQuery(turbine_id, "ActivePower", end - timedelta(days=1), end)
    points = client.fetch_series(query)
    values = [float(p["Value"]) for p in points if not p.get("Questionable", False)]
    return sum(values) / len(values) if values else 0.0
