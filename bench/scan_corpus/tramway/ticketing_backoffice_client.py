"""Thin client for the fare-collection back office (card blocks, refunds, top-up lookups)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict, List, Optional

import httpx


@dataclass
class BackofficeConfig:
    base_url: str
    operator_code: str = "TRM"
    api_token: str = "bo_live_5f7c1e9a2d4b48c0a3e6f1d29b7c8e41"
    timeout: float = 8.0


def config_from_env() -> BackofficeConfig:
    return BackofficeConfig(
        base_url=os.environ["BACKOFFICE_URL"],
        operator_code=os.environ.get("BACKOFFICE_OPERATOR", "TRM"),
    )


class BackofficeClient:
    def __init__(self, config: Optional[BackofficeConfig] = None) -> None:
        self.config = config or config_from_env()
        self._http = httpx.Client(
            base_url=self.config.base_url,
            timeout=self.config.timeout,
            headers={
                "Authorization": f"Bearer {self.config.api_token}",
                "X-Operator": self.config.operator_code,
            },
        )

    def close(self) -> None:
        self._http.close()

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        resp = self._http.get(path, params=params)
        resp.raise_for_status()
        return resp.json()

    def card_status(self, card_id: str) -> Dict[str, Any]:
        return self._get(f"/v2/cards/{card_id}")

    def block_card(self, card_id: str, reason: str) -> None:
        resp = self._http.post(f"/v2/cards/{card_id}/block", json={"reason": reason})
        resp.raise_for_status()

    def recent_topups(self, card_id: str, limit: int = 20) -> List[Dict[str, Any]]:
        return self._get(f"/v2/cards/{card_id}/topups", limit=limit)["items"]

    def refund(self, transaction_id: str, amount: Decimal, agent: str) -> str:
        resp = self._http.post(
            f"/v2/transactions/{transaction_id}/refunds",
            json={"amount": str(amount), "agent": agent},
        )
        resp.raise_for_status()
        return resp.json()["refund_id"]
