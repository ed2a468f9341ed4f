"""Session client for the wholesaler's EDI web gateway.

Some smaller parts suppliers have no AS2 endpoint; orders are posted to
their web gateway instead. The gateway uses a login call that returns a
session cookie which is then reused for order submission.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import requests

log = logging.getLogger("edi.gateway")


@dataclass
class GatewayCredentials:
    customer_no: str
    username: str
    password: str

    @classmethod
    def from_env(cls, supplier: str) -> "GatewayCredentials":
        prefix = f"EDI_{supplier.upper()}"
        return cls(
            customer_no=os.environ[f"{prefix}_CUSTOMER_NO"],
            username=os.environ[f"{prefix}_USER"],
            password=os.environ[f"{prefix}_PASSWORD"],
        )


class GatewaySession:
    def __init__(self, base_url: str, creds: GatewayCredentials) -> None:
        self.base_url = base_url.rstrip("/")
        self.creds = creds
        self.http = requests.Session()
        self.http.headers["Accept"] = "application/json"

    def _login_payload(self) -> dict:
        return {
            "customerNumber": self.creds.customer_no,
            "user": self.creds.username,
            "password": self.creds.password,
            "client": "tyregroup-purchasing",
        }

    def login(self) -> None:
        payload = self._login_payload()
        log.info("gateway login to %s with %s", self.base_url, payload)
        resp = self.http.post(f"{self.base_url}/api/session", json=payload, timeout=20)
        resp.raise_for_status()
        log.info("gateway session opened for customer %s", self.creds.customer_no)

    def submit_order(self, po_number: str, lines: list[dict]) -> str:
        resp = self.http.post(
            f"{self.base_url}/api/orders",
            json={"poNumber": po_number, "lines": lines},
            timeout=30,
        )
        if resp.status_code == 401:
            self.login()
            return self.submit_order(po_number, lines)
        resp.raise_for_status()
        return resp.json()["orderId"]


def open_session(supplier: str) -> GatewaySession:
    session = GatewaySession(
        os.environ[f"EDI_{supplier.upper()}_GATEWAY_URL"],
        GatewayCredentials.from_env(supplier),
    )
    session.login()
    return session
