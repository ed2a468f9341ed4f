"""Thin client for the card payment gateway used by online booking."""
import logging
import os
import uuid
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    secret_key: str
    timeout_s: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewaySettings":
        return cls(base_url=os.environ["ZP_GATEWAY_URL"], secret_key=os.environ["ZP_GATEWAY_SECRET_KEY"])


class GatewayError(RuntimeError):
    def __init__(self, status: int, code: str) -> None:
        super().__init__(f"gateway returned {status} ({code})")
        self.status = status
        self.code = code


class PaymentGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._http = httpx.Client(base_url=settings.base_url, timeout=settings.timeout_s)

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self._settings.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s payload=%s headers=%s", path, payload, headers)
        resp = self._http.post(path, json=payload, headers=headers)
        if resp.status_code >= 400:
            raise GatewayError(resp.status_code, resp.json().get("error", {}).get("code", "unknown"))
        return resp.json()

    def create_intent(self, booking_ref: str, amount_cents: int, currency: str = "usd") -> dict:
        return self._post(
            "/v1/payment_intents",
            {"amount": amount_cents, "currency": currency, "metadata": {"booking_ref": booking_ref}},
        )

    def refund(self, payment_id: str, amount_cents: int | None = None, reason: str = "weather_closure") -> dict:
        payload = {"payment_intent": payment_id, "reason": reason}
        if amount_cents is not None:
            payload["amount"] = amount_cents
        return self._post("/v1/refunds", payload)

    def close(self) -> None:
        self._http.close()
