"""Client for the courier's shipping API (labels and tracking).

Uses OAuth client-credentials; the access token is cached until shortly
before it expires.
"""
import logging
import time

import requests

log = logging.getLogger("fulfilment.courier")


class CourierClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._token: str | None = None
        self._token_expiry = 0.0
        self._http = requests.Session()

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self._http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 3600))
        log.info("obtained courier access token for client %s, expires in %ss",
                 self._client_id, body.get("expires_in"))
        return self._token

    def create_label(self, order_ref: str, address: dict, weight_grams: int) -> dict:
        resp = self._http.post(
            f"{self.base_url}/v1/shipments",
            json={"reference": order_ref, "recipient": address, "parcel": {"weight_g": weight_grams}},
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self._timeout,
        )
        if resp.status_code >= 400:
            log.warning("label creation for %s failed with HTTP %s", order_ref, resp.status_code)
        resp.raise_for_status()
        shipment = resp.json()
        log.info("created shipment %s for order %s", shipment["id"], order_ref)
        return shipment

    def tracking(self, shipment_id: str) -> list[dict]:
        resp = self._http.get(
            f"{self.base_url}/v1/shipments/{shipment_id}/events",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        return resp.json()["events"]
