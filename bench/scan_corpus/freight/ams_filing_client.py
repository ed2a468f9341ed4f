"""Files AMS / ISF declarations with the customs filing provider on behalf of the forwarder."""

import logging
import time

import requests

from freight.config import settings

logger = logging.getLogger("customs.ams")


class AmsFilingClient:
    def __init__(self, session: requests.Session | None = None):
        self.base_url = settings.AMS_PROVIDER_URL.rstrip("/")
        self.session = session or requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _login(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": settings.AMS_CLIENT_ID,
                "client_secret": settings.AMS_CLIENT_SECRET,
            },
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._token_expiry = time.time() + payload.get("expires_in", 3600) - 60
        logger.debug("AMS login ok, token=%s expires_in=%s", self._token, payload.get("expires_in"))

    def _headers(self) -> dict:
        if self._token is None or time.time() >= self._token_expiry:
            self._login()
        return {"Authorization": f"Bearer {self._token}"}

    def file_house_bill(self, hbl: dict) -> str:
        resp = self.session.post(
            f"{self.base_url}/ams/house-bills", json=hbl, headers=self._headers(), timeout=30
        )
        resp.raise_for_status()
        filing_id = resp.json()["filingId"]
        logger.info("filed HBL %s as %s", hbl.get("hblNumber"), filing_id)
        return filing_id

    def filing_status(self, filing_id: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/ams/filings/{filing_id}", headers=self._headers(), timeout=30
        )
        resp.raise_for_status()
        return resp.json()
