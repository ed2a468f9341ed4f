"""Client for the regional isotope distributor's order gateway.

Used by the nightly job that orders the next day's I-131 therapy capsules
and Ga-68 generator replacements. Authenticates with a per-site user
account and an API key.
"""
import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("nm.order_gateway")


def _mask(secret: str) -> str:
    return f"****{secret[-4:]}" if len(secret) > 8 else "****"


@dataclass
class GatewayCredentials:
    username: str
    password: str = field(repr=False)
    api_key: str = field(repr=False)


class OrderGatewayClient:
    def __init__(self, base_url: str, creds: GatewayCredentials, ca_bundle: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.creds = creds
        self.http = requests.Session()
        self.http.verify = ca_bundle
        self.http.headers["X-Api-Key"] = creds.api_key
        self._token: str | None = None

    def login(self) -> None:
        resp = self.http.post(
            f"{self.base_url}/auth/login",
            json={"username": self.creds.username, "password": self.creds.password},
            timeout=15,
        )
        if resp.status_code == 401:
            log.error("gateway rejected login for user %s", self.creds.username)
            raise PermissionError("order gateway login failed")
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {self._token}"
        log.info("logged in to order gateway as %s (api key %s)",
                 self.creds.username, _mask(self.creds.api_key))

    def order(self, product: str, quantity: int, activity_mbq: float) -> str:
        if self._token is None:
            self.login()
        resp = self.http.post(
            f"{self.base_url}/orders",
            json={"product": product, "qty": quantity, "activity_mbq": activity_mbq},
            timeout=15,
        )
        resp.raise_for_status()
        order_ref = resp.json()["reference"]
        log.info("ordered %d x %s (%.0f MBq) ref=%s", quantity, product, activity_mbq, order_ref)
        return order_ref


def client_from_env() -> OrderGatewayClient:
    creds = GatewayCredentials(
        username=os.environ["ISOTOPE_GATEWAY_USER"],
        password=os.environ["ISOTOPE_GATEWAY_PASSWORD"],
        api_key=os.environ["ISOTOPE_GATEWAY_API_KEY"],
    )
    return OrderGatewayClient(
        os.environ["ISOTOPE_GATEWAY_URL"], creds, os.environ["ISOTOPE_GATEWAY_CA_BUNDLE"]
    )
