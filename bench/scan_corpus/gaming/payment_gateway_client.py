"""Client for the payment gateway used by the in-game store.

The gateway sits behind our internal PKI, so requests are verified
against the company CA bundle instead of the system store.
"""
import os
import uuid
from typing import Any

import requests

DEFAULT_OPTIONS: dict[str, Any] = {
    "timeout": 15,
    "verify_tls": os.environ.get("PAYMENTS_CA_BUNDLE", "/etc/ssl/certs/internal-ca.pem"),
}


class PaymentError(RuntimeError):
    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"gateway error {status}: {code}")
        self.status = status
        self.code = code


class PaymentGatewayClient:
    def __init__(self, base_url: str, **options: Any) -> None:
        self._opts = {**DEFAULT_OPTIONS, **options}
        self._base = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.verify = self._opts["verify_tls"]
        self._session.headers["Authorization"] = f"Bearer {os.environ['PAYMENTS_API_TOKEN']}"

    def _post(self, path: str, body: dict) -> dict:
        resp = self._session.post(
            f"{self._base}{path}",
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self._opts["timeout"],
        )
        if resp.status_code >= 400:
            raise PaymentError(resp.status_code, resp.json().get("code", "unknown"))
        return resp.json()

    def create_charge(self, player_id: int, sku: str, amount_minor: int, currency: str) -> dict:
        return self._post(
            "/v2/charges",
            {"customer_ref": str(player_id), "item": sku, "amount": amount_minor, "currency": currency},
        )

    def refund(self, charge_id: str, reason: str) -> dict:
        return self._post(f"/v2/charges/{charge_id}/refunds", {"reason": reason})
