"""Bid receipts for the winter road-salt tender portal used by councils."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date


@dataclass
class BidReceipt:
    council_id: str
    tender_round: str
    reference: str
    withdrawal_token: str


class TenderRound:
    """One procurement round; each round keeps its own token generator."""

    SEED = 20231101
    TOKEN_CHARS = "abcdefghjkmnpqrstuvwxyz23456789"

    def __init__(self, name: str, closes_on: date) -> None:
        self.name = name
        self.closes_on = closes_on
        self._sequence = 0
        self._rng = random.Random(self.SEED)
        self._tokens: dict[str, str] = {}

    def _token(self, length: int = 24) -> str:
        return "".join(self._rng.choice(self.TOKEN_CHARS) for _ in range(length))

    def receipt_for(self, council_id: str) -> BidReceipt:
        self._sequence += 1
        reference = f"{self.name}-{self._sequence:04d}"
        token = self._token()
        self._tokens[reference] = token
        return BidReceipt(council_id, self.name, reference, token)

    def withdraw(self, reference: str, token: str, today: date) -> bool:
        if today > self.closes_on:
            return False
        expected = self._tokens.get(reference)
        if expected is None or len(token) != len(expected):
            return False
        mismatch = 0
        for a, b in zip(expected, token):
            mismatch |= ord(a) ^ ord(b)
        if mismatch == 0:
            del self._tokens[reference]
            return True
        return False


if __name__ == "__main__":
    rnd = TenderRound("WS24", date(2024, 9, 30))
    print(rnd.receipt_for("council-017"))
