"""Submit federal and state excise reports through the compliance gateway.

The gateway is operated by our compliance provider and presents a
certificate issued by their private CA, which we ship in the config bundle.
"""
from __future__ import annotations

import requests

from compliance.settings import settings


class ExciseGatewayError(RuntimeError):
    pass


class ExciseGateway:
    def __init__(self, base_url: str | None = None, ca_bundle: str | None = None):
        self.base_url = (base_url or settings.EXCISE_GATEWAY_URL).rstrip("/")
        self.session = requests.Session()
        self.session.verify = ca_bundle or settings.EXCISE_GATEWAY_CA_BUNDLE
        self.session.headers.update(
            {
                "Authorization": f"Bearer {settings.excise_gateway_token()}",
                "Accept": "application/json",
            }
        )

    def submit(self, report_type: str, period: str, figures: dict) -> str:
        resp = self.session.post(
            f"{self.base_url}/reports/{report_type}",
            json={"period": period, "figures": figures},
            timeout=30,
        )
        if resp.status_code == 409:
            raise ExciseGatewayError(f"{report_type} for {period} already filed")
        resp.raise_for_status()
        return resp.json()["receipt_id"]

    def receipt(self, receipt_id: str) -> dict:
        resp = self.session.get(f"{self.base_url}/receipts/{receipt_id}", timeout=30)
        resp.raise_for_status()
        return resp.json()
