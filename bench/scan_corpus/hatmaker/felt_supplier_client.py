"""Client for the felt supplier's trade API (rabbit and wool felt hoods, capelines)."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any

import httpx

log = logging.getLogger("hatmaker.suppliers.felt")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass(frozen=True)
class FeltSupplierConfig:
    base_url: str
    account_id: str
    api_key: str = field(repr=False)
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "FeltSupplierConfig":
        return cls(
            base_url=os.environ["FELT_SUPPLIER_URL"].rstrip("/"),
            account_id=os.environ["FELT_SUPPLIER_ACCOUNT"],
            api_key=os.environ["FELT_SUPPLIER_API_KEY"],
        )


class FeltSupplierClient:
    def __init__(self, config: FeltSupplierConfig) -> None:
        self._config = config
        self._client = httpx.Client(
            base_url=config.base_url,
            headers={"X-Api-Key": config.api_key, "X-Account": config.account_id},
            timeout=config.timeout,
        )
        masked_key = _mask(config.api_key)
        log.info("Felt supplier client for %s at %s (key %s)", config.account_id, config.base_url, masked_key)

    def hood_availability(self, colour: str | None = None) -> list[dict[str, Any]]:
        resp = self._client.get("/trade/v1/hoods", params={"colour": colour} if colour else None)
        resp.raise_for_status()
        return resp.json()["hoods"]

    def submit_order(self, po_reference: str, lines: list[dict[str, Any]]) -> str:
        resp = self._client.post(
            "/trade/v1/orders", json={"reference": po_reference, "lines": lines}
        )
        if resp.status_code >= 400:
            log.error("Felt order %s rejected: HTTP %s %s", po_reference, resp.status_code, resp.text[:300])
            resp.raise_for_status()
        order_id = resp.json()["id"]
        log.info("Felt order %s accepted as %s", po_reference, order_id)
        return order_id

    def close(self) -> None:
        self._client.close()
