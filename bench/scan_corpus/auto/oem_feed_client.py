"""Client for the OEM partner vehicle data feed (status, location, odometer).

The partner gateway uses a private CA and requires mutual TLS; both bundles
are mounted into the pod from the secrets store.
"""
from __future__ import annotations

import logging
import os
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class OemFeedClient:
    def __init__(self, base_url: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        self.session.verify = os.environ.get("OEM_FEED_CA_BUNDLE", True)
        self.session.cert = (os.environ["OEM_FEED_CLIENT_CERT"], os.environ["OEM_FEED_CLIENT_KEY"])

    def _get(self, path: str, **params: Any) -> dict:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        if resp.status_code >= 400:
            log.warning("partner feed %s returned %s", path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def vehicle_status(self, vin: str) -> dict:
        return self._get(f"/v2/vehicles/{vin}/status")

    def vehicle_location(self, vin: str) -> dict:
        return self._get(f"/v2/vehicles/{vin}/location")

    def odometer_history(self, vin: str, since: str) -> list[dict]:
        return self._get(f"/v2/vehicles/{vin}/odometer", since=since)["readings"]
