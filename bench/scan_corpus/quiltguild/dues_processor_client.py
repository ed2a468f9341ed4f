"""Thin client for the payment processor used to renew guild memberships."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger("quiltguild.dues.processor")


@dataclass(frozen=True)
class ProcessorConfig:
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "ProcessorConfig":
        return cls(os.environ["DUES_PROCESSOR_URL"], os.environ["DUES_PROCESSOR_API_KEY"])

    @property
    def key_hint(self) -> str:
        return f"...{self.api_key[-4:]}"


class RenewalError(RuntimeError):
    pass


class DuesProcessor:
    def __init__(self, config: ProcessorConfig) -> None:
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"Authorization": f"Bearer {config.api_key}"},
            timeout=config.timeout,
        )
        log.info("dues processor client ready (%s, key %s)", config.base_url, config.key_hint)

    def renew(self, member_id: int, payment_method: str, amount: Decimal, year: int) -> str:
        resp = self._client.post(
            "/v1/payment_intents",
            json={
                "amount_cents": int(amount * 100),
                "currency": "usd",
                "payment_method": payment_method,
                "confirm": True,
                "metadata": {"member_id": str(member_id), "dues_year": str(year)},
            },
            headers={"Idempotency-Key": f"renewal-{member_id}-{year}"},
        )
        if resp.is_error:
            log.error(
                "renewal for member %s failed: HTTP %s, request id %s",
                member_id,
                resp.status_code,
                resp.headers.get("Request-Id", "-"),
            )
            raise RenewalError(f"processor returned HTTP {resp.status_code}")
        intent = resp.json()
        log.info("renewal for member %s: intent %s is %s", member_id, intent["id"], intent["status"])
        return intent["id"]

    def close(self) -> None:
        self._client.close()
