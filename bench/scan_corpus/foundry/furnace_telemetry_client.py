"""Client for the melt shop furnace telemetry historian (REST API).

Pulls induction furnace power, bath temperature and charge weights for
the shift report.
"""
import logging
from datetime import datetime

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class HistorianClient:
    def __init__(self, config: dict):
        self.base_url = config["historian_url"].rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {config['historian_token']}"
        self.session.verify = config.get("ca_bundle", False)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.timeout = config.get("timeout", 10)

    def furnace_series(self, furnace_id: str, tag: str, start: datetime, end: datetime) -> list[dict]:
        resp = self.session.get(
            f"{self.base_url}/api/v2/furnaces/{furnace_id}/tags/{tag}",
            params={"from": start.isoformat(), "to": end.isoformat()},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        points = resp.json()["points"]
        log.debug("furnace %s tag %s: %d points", furnace_id, tag, len(points))
        return points

    def latest_heat(self, furnace_id: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/api/v2/furnaces/{furnace_id}/heats/latest",
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self.session.close()
