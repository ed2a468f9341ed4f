"""Client for the spectrophotometer vendor's on-premise data portal.

The portal appliance is installed in the lab network and presents a
certificate issued by the institute's internal CA, so the session trusts that
CA bundle instead of the public store.
"""
import logging
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


class PortalClient:
    def __init__(self, base_url: str, api_token: str, ca_bundle: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = ca_bundle
        self.session.headers.update({"Authorization": f"Token {api_token}", "Accept": "application/json"})
        retry = Retry(total=3, backoff_factor=1.0, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params):
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp

    def measurements(self, instrument: str, since: str) -> Iterator[dict]:
        cursor = None
        while True:
            body = self._get("/api/measurements", instrument=instrument, since=since, cursor=cursor).json()
            yield from body["results"]
            cursor = body.get("next_cursor")
            if not cursor:
                return

    def spectrum(self, measurement_id: str) -> bytes:
        return self._get(f"/api/measurements/{measurement_id}/spectrum").content
