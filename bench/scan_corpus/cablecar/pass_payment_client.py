"""HTTP client for the payment provider that charges season-pass instalments."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger("passes.payments")


@dataclass(frozen=True)
class ProviderConfig:
    base_url: str
    api_key: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "ProviderConfig":
        return cls(
            base_url=os.environ["PAYMENT_API_URL"],
            api_key=os.environ["PAYMENT_API_KEY"],
        )


def _trace_request(request: httpx.Request) -> None:
    log.debug(
        "payment call %s %s headers=%s",
        request.method,
        request.url,
        dict(request.headers),
    )


def _trace_response(response: httpx.Response) -> None:
    log.debug("payment reply %s for %s", response.status_code, response.request.url)


class InstalmentCharger:
    def __init__(self, config: ProviderConfig) -> None:
        self._client = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={"Authorization": f"Bearer {config.api_key}"},
            event_hooks={"request": [_trace_request], "response": [_trace_response]},
        )

    def charge(self, pass_id: str, mandate_id: str, amount: Decimal, instalment_no: int) -> str:
        response = self._client.post(
            "/v2/charges",
            json={
                "mandate": mandate_id,
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": "CHF",
                "reference": f"SP-{pass_id}-{instalment_no}",
            },
            headers={"Idempotency-Key": f"{pass_id}:{instalment_no}"},
        )
        response.raise_for_status()
        charge_id = response.json()["id"]
        log.info("charged instalment %s of pass %s: %s", instalment_no, pass_id, charge_id)
        return charge_id

    def close(self) -> None:
        self._client.close()
