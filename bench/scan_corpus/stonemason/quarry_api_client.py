"""Client for the quarry's block-ordering API.

Rough blocks of granite are ordered directly from the quarry.  The API
credentials come from the environment (populated from the secret store
at deploy time), never from the source tree.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuarryCredentials:
    client_id: str
    api_key: str

    @classmethod
    def from_env(cls) -> "QuarryCredentials":
        try:
            return cls(os.environ["QUARRY_CLIENT_ID"], os.environ["QUARRY_API_KEY"])
        except KeyError as exc:
            raise RuntimeError(f"missing quarry credential {exc.args[0]}") from None


@dataclass
class BlockOrder:
    stone: str
    length_mm: int
    width_mm: int
    height_mm: int

    @property
    def volume_m3(self) -> Decimal:
        return Decimal(self.length_mm * self.width_mm * self.height_mm) / Decimal(10 ** 9)


class QuarryClient:
    def __init__(self, base_url: str, creds: QuarryCredentials) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            auth=(creds.client_id, creds.api_key),
            timeout=httpx.Timeout(30.0, connect=10.0),
        )

    def available_blocks(self, stone: str) -> list[dict]:
        resp = self._client.get("/blocks", params={"stone": stone, "status": "available"})
        resp.raise_for_status()
        return resp.json()["blocks"]

    def order_block(self, order: BlockOrder, po_number: str) -> str:
        resp = self._client.post(
            "/orders",
            json={
                "po": po_number,
                "stone": order.stone,
                "dimensions_mm": [order.length_mm, order.width_mm, order.height_mm],
            },
        )
        resp.raise_for_status()
        ref = resp.json()["order_ref"]
        log.info("ordered %.2f m3 of %s as %s (PO %s)", order.volume_m3, order.stone, ref, po_number)
        return ref

    def close(self) -> None:
        self._client.close()


def client_from_env() -> QuarryClient:
    return QuarryClient(os.environ["QUARRY_API_URL"], QuarryCredentials.from_env())
