"""Client for the national driving-licence registry check.

Before a driver's first trip we confirm the licence is valid and not suspended.
The registry gateway authenticates us with an API key in ``X-Api-Key``.
"""
import logging
import os

import requests

logger = logging.getLogger("onboarding.licence_registry")

_SENSITIVE_HEADERS = {"x-api-key", "authorization", "cookie"}


def _redacted(headers) -> dict:
    return {k: ("[redacted]" if k.lower() in _SENSITIVE_HEADERS else v) for k, v in headers.items()}


class LicenceRegistryClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 10.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})

    @classmethod
    def from_env(cls) -> "LicenceRegistryClient":
        return cls(os.environ["LICENCE_REGISTRY_URL"], os.environ["LICENCE_REGISTRY_API_KEY"])

    def check(self, driver_id: str, licence_no: str, country: str) -> dict:
        url = f"{self.base_url}/v1/licences/verify"
        logger.debug("POST %s headers=%s", url, _redacted(self.session.headers))
        resp = self.session.post(
            url,
            json={"licence_number": licence_no, "issuing_country": country},
            timeout=self.timeout,
        )
        if resp.status_code == 404:
            logger.info("licence not found for driver %s", driver_id)
            return {"status": "not_found"}
        resp.raise_for_status()
        body = resp.json()
        logger.info("licence check for driver %s: %s (request %s)",
                    driver_id, body.get("status"), resp.headers.get("X-Request-Id"))
        return body
