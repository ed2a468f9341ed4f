"""Client for the SCADA gateway that monitors the larger heritage sites
(pumping stations, roller mills). Used to pull alarm history into the
fault tracker."""
import logging
import os
from datetime import datetime

import requests

log = logging.getLogger("millwright.scada")

SENSITIVE_HEADERS = frozenset({"authorization", "x-api-key", "cookie"})


def loggable(headers: dict[str, str]) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


class ScadaClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or os.environ["SCADA_BASE_URL"]).rstrip("/")
        self._api_key = api_key or os.environ["SCADA_API_KEY"]
        self.session = requests.Session()

    def _headers(self) -> dict[str, str]:
        return {"X-Api-Key": self._api_key, "Accept": "application/json"}

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers()
        log.debug("GET %s params=%s headers=%s", url, params, loggable(headers))
        resp = self.session.get(url, params=params, headers=headers, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def alarms_since(self, site: str, since: datetime) -> list[dict]:
        data = self._get(f"/sites/{site}/alarms", since=since.isoformat())
        alarms = data.get("alarms", [])
        log.info("fetched %d alarms for %s since %s", len(alarms), site, since)
        return alarms

    def acknowledge(self, site: str, alarm_id: str, engineer: str) -> None:
        url = f"{self.base_url}/sites/{site}/alarms/{alarm_id}/ack"
        headers = self._headers()
        log.debug("POST %s headers=%s", url, loggable(headers))
        resp = self.session.post(url, json={"by": engineer}, headers=headers, timeout=15)
        resp.raise_for_status()
