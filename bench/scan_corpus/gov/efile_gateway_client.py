"""Client for the state revenue department's e-file gateway (OAuth2 client credentials)."""
import logging
import time

import requests

log = logging.getLogger("efile.gateway")


class GatewayError(RuntimeError):
    pass


class EFileGatewayClient:
    def __init__(self, base_url: str, token_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self._session = requests.Session()
        self._token = None
        self._token_expiry = 0.0

    def _fetch_token(self) -> str:
        data = {
            "grant_type": "client_credentials",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "scope": "efile.submit efile.status",
        }
        log.debug("requesting gateway token with %s", data)
        resp = self._session.post(self.token_url, data=data, timeout=15)
        if resp.status_code != 200:
            raise GatewayError(f"token request failed: {resp.status_code}")
        body = resp.json()
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300)) - 30
        return body["access_token"]

    def _auth_header(self) -> dict:
        if self._token is None or time.monotonic() >= self._token_expiry:
            self._token = self._fetch_token()
        return {"Authorization": f"Bearer {self._token}"}

    def submit_return(self, xml_payload: bytes, submission_id: str) -> str:
        resp = self._session.post(
            f"{self.base_url}/submissions/{submission_id}",
            data=xml_payload,
            headers={**self._auth_header(), "Content-Type": "application/xml"},
            timeout=60,
        )
        if resp.status_code not in (200, 202):
            raise GatewayError(f"submission {submission_id} rejected: {resp.status_code}")
        return resp.json()["receipt_id"]

    def status(self, receipt_id: str) -> dict:
        resp = self._session.get(f"{self.base_url}/receipts/{receipt_id}", headers=self._auth_header(), timeout=15)
        resp.raise_for_status()
        return resp.json()
