"""Thin client for the cloud TMS REST API used by the job import worker."""
import logging
import os
import time

import requests

logger = logging.getLogger(__name__)


class TMSClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self._base = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._token = None
        self._token_deadline = 0.0
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "TMSClient":
        return cls(os.environ["TMS_API_URL"], os.environ["TMS_CLIENT_ID"],
                   os.environ["TMS_CLIENT_SECRET"])

    def _refresh_token(self) -> None:
        resp = self._http.post(
            f"{self._base}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_deadline = time.monotonic() + body.get("expires_in", 3600) - 60
        logger.info("obtained TMS access token for client %s, valid for %ss",
                    self._client_id, body.get("expires_in"))

    def _headers(self) -> dict:
        if self._token is None or time.monotonic() >= self._token_deadline:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def project(self, uid: str) -> dict:
        resp = self._http.get(f"{self._base}/api/projects/{uid}", headers=self._headers(), timeout=30)
        if resp.status_code == 401:
            logger.warning("TMS rejected token for client %s, retrying once", self._client_id)
            self._token = None
            resp = self._http.get(f"{self._base}/api/projects/{uid}",
                                  headers=self._headers(), timeout=30)
        resp.raise_for_status()
        return resp.json()
