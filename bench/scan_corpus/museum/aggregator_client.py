"""Client for pushing catalogue records to the national heritage aggregator.

The aggregator's staging endpoint is signed by the consortium's private CA, so
deployments can point ``AGGREGATOR_CA_BUNDLE`` at that CA's certificate file.
"""
import logging
import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class AggregatorClient:
    def __init__(self, base_url: str, token: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers.update({
            "Authorization": f"Bearer {token}",
            "Content-Type": "application/json",
        })
        self._http.verify = os.environ.get("AGGREGATOR_CA_BUNDLE") or True
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(502, 503, 504),
                      allowed_methods=frozenset({"GET", "PUT"}))
        self._http.mount("https://", HTTPAdapter(max_retries=retry))

    def put_record(self, record_id: str, payload: dict) -> None:
        url = f"{self.base_url}/records/{record_id}"
        resp = self._http.put(url, json=payload, timeout=self.timeout)
        resp.raise_for_status()
        log.info("Pushed record %s (%s)", record_id, resp.status_code)

    def delete_record(self, record_id: str) -> None:
        resp = self._http.delete(f"{self.base_url}/records/{record_id}", timeout=self.timeout)
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()

    def status(self) -> dict:
        resp = self._http.get(f"{self.base_url}/status", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
