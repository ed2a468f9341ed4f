"""Submits AMS (Automated Manifest System) filings through the broker's API."""
import logging
import os

import requests

log = logging.getLogger(__name__)


def _mask(value: str, keep: int = 4) -> str:
    return "*" * max(len(value) - keep, 0) + value[-keep:]


class AmsFilingClient:
    def __init__(self, base_url: str, api_key: str | None = None, timeout: int = 20):
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key or os.environ["AMS_BROKER_API_KEY"]
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"ApiKey {self._api_key}"
        log.info("AMS client ready for %s using key %s", self.base_url, _mask(self._api_key))

    def file_manifest(self, bill_of_lading: str, manifest: dict) -> dict:
        resp = self.session.post(
            f"{self.base_url}/ams/filings",
            json={"billOfLading": bill_of_lading, **manifest},
            timeout=self.timeout,
        )
        if resp.status_code == 422:
            log.warning("AMS rejected %s: %s", bill_of_lading, resp.json().get("errors"))
        resp.raise_for_status()
        result = resp.json()
        log.info("AMS filing %s accepted for B/L %s", result.get("filingId"), bill_of_lading)
        return result

    def disposition(self, filing_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/ams/filings/{filing_id}", timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()["dispositionCode"]
