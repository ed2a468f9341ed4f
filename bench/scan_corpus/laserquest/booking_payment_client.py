"""Refund and payout client for party bookings, talking to the payment provider."""
from __future__ import annotations

import logging
import os
from decimal import Decimal

import httpx

log = logging.getLogger("laserquest.payments")


def mask_secret(value: str, visible: int = 4) -> str:
    if len(value) <= visible:
        return "*" * len(value)
    return "*" * (len(value) - visible) + value[-visible:]


class PaymentProviderError(RuntimeError):
    def __init__(self, status: int, request_id: str | None) -> None:
        super().__init__(f"payment provider returned {status} (request {request_id})")
        self.status = status
        self.request_id = request_id


class RefundClient:
    def __init__(self, api_key: str | None = None, base_url: str | None = None) -> None:
        key = api_key or os.environ["PAYMENTS_API_KEY"]
        self._http = httpx.Client(
            base_url=(base_url or os.environ["PAYMENTS_API_URL"]).rstrip("/"),
            headers={"Authorization": f"Bearer {key}"},
            timeout=15.0,
        )
        log.info("refund client ready (key %s)", mask_secret(key))

    def _post(self, path: str, payload: dict) -> dict:
        resp = self._http.post(path, json=payload)
        if resp.is_error:
            request_id = resp.headers.get("Request-Id")
            log.error("provider call %s failed: status=%d request=%s", path, resp.status_code, request_id)
            raise PaymentProviderError(resp.status_code, request_id)
        return resp.json()

    def refund_deposit(self, charge_id: str, amount: Decimal | None = None, reason: str = "requested_by_customer") -> str:
        payload: dict = {"charge": charge_id, "reason": reason}
        if amount is not None:
            payload["amount"] = int(amount * 100)
        body = self._post("/v1/refunds", payload)
        log.info("refund %s created for charge %s", body["id"], charge_id)
        return body["id"]

    def balance(self) -> Decimal:
        body = self._http.get("/v1/balance").raise_for_status().json()
        return Decimal(body["available"][0]["amount"]) / 100

    def close(self) -> None:
        self._http.close()
