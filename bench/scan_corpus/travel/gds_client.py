"""Thin REST client for the GDS shopping and booking APIs."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger(__name__)


@dataclass
class GdsConfig:
    base_url: str
    client_id: str
    client_secret: str
    pcc: str
    timeout: float = 20.0
    extra_headers: dict[str, str] = field(default_factory=dict)


class GdsClient:
    def __init__(self, config: GdsConfig):
        self.config = config
        self.session = requests.Session()
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                      allowed_methods=("GET",))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update(
            {"Accept": "application/json", "X-PCC": config.pcc, **config.extra_headers}
        )
        # cert chain on the shared GDS gateway is issued by their internal CA
        self.session.verify = False
        self._token: str | None = None

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.config.base_url}/v2/auth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=self.config.timeout,
        )
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        self.session.headers["Authorization"] = f"Bearer {self._token}"

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        if self._token is None:
            self._authenticate()
        url = f"{self.config.base_url}{path}"
        resp = self.session.request(method, url, timeout=self.config.timeout, **kwargs)
        if resp.status_code == 401:
            self._authenticate()
            resp = self.session.request(method, url, timeout=self.config.timeout, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def shop(self, origin: str, destination: str, depart: str, adults: int = 1) -> list[dict]:
        body = {
            "originLocationCode": origin,
            "destinationLocationCode": destination,
            "departureDate": depart,
            "adults": adults,
        }
        return self._request("POST", "/v2/shopping/flight-offers", json=body)["data"]

    def create_pnr(self, offer: dict, travellers: list[dict]) -> str:
        payload = {"data": {"type": "flight-order", "flightOffers": [offer], "travelers": travellers}}
        order = self._request("POST", "/v1/booking/flight-orders", json=payload)["data"]
        locator = order["associatedRecords"][0]["reference"]
        log.info("Created PNR %s for %d travellers", locator, len(travellers))
        return locator

    def retrieve_pnr(self, order_id: str) -> dict:
        return self._request("GET", f"/v1/booking/flight-orders/{order_id}")["data"]
