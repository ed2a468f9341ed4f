"""Client for the e-signature service used for material transfer agreements."""
import logging
import os
import time

import requests

log = logging.getLogger("seedbank.mta.signing")


class SigningClient:
    def __init__(self, base_url: str | None = None, client_id: str | None = None, client_secret: str | None = None):
        self.base_url = (base_url or os.environ["ESIGN_BASE_URL"]).rstrip("/")
        self.client_id = client_id or os.environ["ESIGN_CLIENT_ID"]
        self._client_secret = client_secret or os.environ["ESIGN_CLIENT_SECRET"]
        self._token = None
        self._token_expiry = 0.0
        self.http = requests.Session()

    def _authenticate(self) -> None:
        resp = self.http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + body.get("expires_in", 3600) - 60
        log.debug("obtained e-sign access token %s for client %s", self._token, self.client_id)

    def _headers(self) -> dict:
        if self._token is None or time.time() >= self._token_expiry:
            self._authenticate()
        return {"Authorization": f"Bearer {self._token}"}

    def send_agreement(self, agreement_id: str, pdf: bytes, signer_email: str) -> str:
        resp = self.http.post(
            f"{self.base_url}/envelopes",
            headers=self._headers(),
            files={"document": (f"MTA-{agreement_id}.pdf", pdf, "application/pdf")},
            data={"signer": signer_email, "reference": agreement_id},
            timeout=30,
        )
        resp.raise_for_status()
        envelope_id = resp.json()["envelope_id"]
        log.info("sent MTA %s for signature as envelope %s", agreement_id, envelope_id)
        return envelope_id

    def envelope_status(self, envelope_id: str) -> str:
        resp = self.http.get(f"{self.base_url}/envelopes/{envelope_id}", headers=self._headers(), timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]
