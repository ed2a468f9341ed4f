"""Client for the regional pawn transaction reporting service.

Every buy and pawn transaction has to be reported within 24 hours. The service
uses OAuth2 client credentials; access tokens last an hour.
"""
import logging
import os
import time

import requests

log = logging.getLogger("pawnops.reporting")


class ReportingClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.timeout = timeout
        self.session = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    @classmethod
    def from_env(cls) -> "ReportingClient":
        return cls(
            os.environ["REPORTING_BASE_URL"],
            os.environ["REPORTING_CLIENT_ID"],
            os.environ["REPORTING_CLIENT_SECRET"],
        )

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 60:
            return self._token
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
            },
            timeout=self.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + body.get("expires_in", 3600)
        log.debug("refreshed reporting token %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def submit(self, transaction: dict) -> str:
        resp = self.session.post(
            f"{self.base_url}/v1/transactions",
            json=transaction,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        reference = resp.json()["reference"]
        log.info("reported ticket %s as %s", transaction.get("ticket_no"), reference)
        return reference
