"""Client for pulling on-demand meter reads from the DCC adaptor service."""
import json
import logging
import os

import urllib3

log = logging.getLogger(__name__)

POOL_OPTIONS = {
    "num_pools": 4,
    "maxsize": 8,
    "cert_reqs": "CERT_NONE",
    "timeout": urllib3.Timeout(connect=5.0, read=30.0),
    "retries": urllib3.Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504)),
}


class DccAdaptorError(RuntimeError):
    pass


class DccReadsClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None) -> None:
        self.base_url = (base_url or os.environ["DCC_ADAPTOR_URL"]).rstrip("/")
        self._token = api_token or os.environ["DCC_ADAPTOR_TOKEN"]
        self._http = urllib3.PoolManager(**POOL_OPTIONS)

    def _get(self, path: str, **params) -> dict:
        resp = self._http.request(
            "GET",
            f"{self.base_url}{path}",
            fields=params,
            headers={"Authorization": f"Bearer {self._token}", "Accept": "application/json"},
        )
        if resp.status >= 400:
            raise DccAdaptorError(f"{path} returned {resp.status}")
        return json.loads(resp.data)

    def instantaneous_read(self, device_guid: str) -> dict:
        log.info("Requesting instantaneous read for %s", device_guid)
        return self._get(f"/devices/{device_guid}/reads/instantaneous")

    def daily_profile(self, device_guid: str, day: str) -> list[dict]:
        body = self._get(f"/devices/{device_guid}/reads/daily", date=day)
        return body.get("intervals", [])
