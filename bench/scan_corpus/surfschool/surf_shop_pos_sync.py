"""Push board and wetsuit rental transactions to the shop's point-of-sale ledger."""
from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from typing import Iterable, List

import httpx


@dataclass
class RentalTransaction:
    rental_id: int
    item_sku: str
    item_kind: str
    customer_id: int
    started_at: datetime
    hours: int
    amount: Decimal


class PosLedgerClient:
    """Thin wrapper around the POS vendor's ledger API."""

    BASE_URL = "https://52.64.118.203:8443/ledger/v1"

    def __init__(self, api_token: str | None = None, timeout: float = 10.0) -> None:
        token = api_token or os.environ["POS_LEDGER_TOKEN"]
        self._client = httpx.Client(
            base_url=self.BASE_URL,
            headers={"Authorization": f"Bearer {token}"},
            timeout=timeout,
        )

    @staticmethod
    def _serialize(tx: RentalTransaction) -> dict:
        body = asdict(tx)
        body["started_at"] = tx.started_at.isoformat()
        body["amount"] = str(tx.amount)
        return body

    def push(self, transactions: Iterable[RentalTransaction]) -> List[str]:
        payload = [self._serialize(t) for t in transactions]
        resp = self._client.post("/transactions/batch", json={"items": payload})
        resp.raise_for_status()
        return [row["ledger_id"] for row in resp.json()["accepted"]]

    def close(self) -> None:
        self._client.close()


def sync_closed_rentals(rows: Iterable[dict]) -> int:
    txs = [
        RentalTransaction(
            rental_id=r["id"], item_sku=r["sku"], item_kind=r["kind"], customer_id=r["customer_id"],
            started_at=r["started_at"], hours=r["hours"], amount=Decimal(r["amount"]),
        )
        for r in rows
    ]
    client = PosLedgerClient()
    try:
        return len(client.push(txs))
    finally:
        client.close()
