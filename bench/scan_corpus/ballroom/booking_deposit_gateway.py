"""Takes venue-hire deposits through the card payment provider."""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)

SENSITIVE_HEADERS = {"authorization", "cookie", "x-api-key"}


class DepositError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(base_url=os.environ["PAYMENTS_BASE_URL"], secret_key=os.environ["PAYMENTS_SECRET_KEY"])


def redacted(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("[redacted]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def _log_request(request: httpx.Request) -> None:
    log.debug("-> %s %s headers=%s", request.method, request.url, redacted(request.headers))


class DepositGateway:
    def __init__(self, config: GatewayConfig) -> None:
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.secret_key}"},
            timeout=config.timeout,
            event_hooks={"request": [_log_request]},
        )

    def take_deposit(self, booking_ref: str, amount: Decimal, currency: str, card_token: str) -> str:
        payload = {
            "amount": int(amount * 100),
            "currency": currency.lower(),
            "source": card_token,
            "description": f"Venue hire deposit {booking_ref}",
            "metadata": {"booking_ref": booking_ref},
        }
        try:
            resp = self._client.post(
                "/v1/charges", json=payload, headers={"Idempotency-Key": f"dep-{booking_ref}-{uuid.uuid4()}"}
            )
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            raise DepositError(
                f"deposit for booking {booking_ref} rejected ({exc.response.status_code})"
            ) from exc
        charge_id = resp.json()["id"]
        log.info("Deposit for %s taken: %s %s (%s)", booking_ref, amount, currency.upper(), charge_id)
        return charge_id

    def close(self) -> None:
        self._client.close()
