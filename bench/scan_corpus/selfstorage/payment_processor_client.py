"""Thin client for the card processor used for autopay and kiosk card-present payments."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.client")


class ProcessorError(RuntimeError):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"processor error {status} {code}: {message}")
        self.status = status
        self.code = code


@dataclass
class ProcessorConfig:
    base_url: str
    secret_key: str
    account_id: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "ProcessorConfig":
        return cls(
            base_url=os.environ["PROCESSOR_BASE_URL"],
            secret_key=os.environ["PROCESSOR_SECRET_KEY"],
            account_id=os.environ["PROCESSOR_ACCOUNT_ID"],
        )


class PaymentProcessorClient:
    def __init__(self, config: ProcessorConfig) -> None:
        self._config = config
        self._session = requests.Session()

    @property
    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._config.secret_key}",
            "Processor-Account": self._config.account_id,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        headers = dict(self._headers, **{"Idempotency-Key": str(uuid.uuid4())})
        url = f"{self._config.base_url}{path}"
        log.debug("POST %s headers=%s", url, headers)
        resp = self._session.post(url, json=payload, headers=headers, timeout=self._config.timeout)
        if resp.status_code >= 400:
            body = resp.json() if resp.content else {}
            error = body.get("error", {})
            raise ProcessorError(resp.status_code, error.get("code", "unknown"),
                                 error.get("message", resp.reason))
        return resp.json()

    def charge_saved_card(self, customer_ref: str, payment_method: str, amount_cents: int,
                          description: str) -> str:
        result = self._post(
            "/v1/charges",
            {
                "customer": customer_ref,
                "payment_method": payment_method,
                "amount": amount_cents,
                "currency": "usd",
                "description": description,
                "capture": True,
            },
        )
        log.info("charged customer %s amount=%d id=%s", customer_ref, amount_cents, result["id"])
        return result["id"]

    def refund(self, charge_id: str, amount_cents: int | None = None) -> str:
        payload: dict = {"charge": charge_id}
        if amount_cents is not None:
            payload["amount"] = amount_cents
        return self._post("/v1/refunds", payload)["id"]
