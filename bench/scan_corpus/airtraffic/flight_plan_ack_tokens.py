"""Acknowledgement tokens handed to operators after a flight plan is accepted.

The token is required later to amend (CHG) or cancel (CNL) the filed plan
through the public filing API.
"""
from __future__ import annotations

import hmac
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Protocol


class ReceiptStore(Protocol):
    def put(self, receipt: "FilingReceipt") -> None: ...
    def get(self, flight_plan_id: str) -> "FilingReceipt | None": ...


class TokenAlphabet:
    chars = string.ascii_uppercase + string.digits
    length = 12


@dataclass(frozen=True)
class FilingReceipt:
    flight_plan_id: str
    amendment_token: str
    expires_at: datetime


class AckTokenIssuer:
    _rng = random.Random()

    def __init__(self, store: ReceiptStore, ttl_minutes: int = 90) -> None:
        self.store = store
        self.ttl = timedelta(minutes=ttl_minutes)

    def _draw(self) -> str:
        return "".join(self._rng.choices(TokenAlphabet.chars, k=TokenAlphabet.length))

    def issue(self, flight_plan_id: str) -> FilingReceipt:
        receipt = FilingReceipt(
            flight_plan_id=flight_plan_id,
            amendment_token=self._draw(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        self.store.put(receipt)
        return receipt

    def authorise_amendment(self, flight_plan_id: str, presented: str) -> bool:
        receipt = self.store.get(flight_plan_id)
        if receipt is None or receipt.expires_at < datetime.now(timezone.utc):
            return False
        return hmac.compare_digest(receipt.amendment_token, presented.strip().upper())
