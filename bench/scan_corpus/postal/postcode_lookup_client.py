"""Client for the address and postcode lookup service.

Counter terminals and the online label shop use it to validate addresses
and pick the delivery point ID.  Requests are authenticated with an API key
issued per consuming application.
"""
import logging
import os
import time

import requests

log = logging.getLogger("postcode_lookup")


class PostcodeLookupClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 5.0):
        self._base_url = (base_url or os.environ["POSTCODE_API_URL"]).rstrip("/")
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key or os.environ["POSTCODE_API_KEY"]
        self._session.headers["Accept"] = "application/json"

    def _get(self, path: str, params: dict) -> dict:
        url = f"{self._base_url}{path}"
        started = time.monotonic()
        log.debug("GET %s params=%s header_names=%s", url, params, sorted(self._session.headers))
        resp = self._session.get(url, params=params, timeout=self._timeout)
        log.debug("GET %s -> %s in %.0f ms", url, resp.status_code, (time.monotonic() - started) * 1000)
        resp.raise_for_status()
        return resp.json()

    def addresses_for(self, postcode: str) -> list[dict]:
        return self._get("/v2/addresses", {"postcode": postcode.replace(" ", "").upper()})["results"]

    def delivery_point(self, udprn: str) -> dict:
        return self._get(f"/v2/delivery-points/{udprn}", {})
