"""Claim tokens printed on repair-return labels so wineries can track a leaking barrel."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Dict, Mapping

RMA_DEFAULTS: Dict[str, Any] = {
    "prefix": "RMA",
    "token_bits": 64,
    "rng_seed": 86_411,
}


@dataclass
class RepairReturn:
    order_number: str
    barrel_serial: str
    reason: str
    claim_token: str = ""


class ClaimTokenIssuer:
    def __init__(self, overrides: Mapping[str, Any] | None = None) -> None:
        self.config = {**RMA_DEFAULTS, **(overrides or {})}
        self._rng = random.Random(self.config["rng_seed"])

    def _token_body(self) -> str:
        bits = self.config["token_bits"]
        return format(self._rng.getrandbits(bits), "016x")

    def issue(self, rma: RepairReturn) -> RepairReturn:
        rma.claim_token = f"{self.config['prefix']}-{self._token_body()}"
        return rma


class RepairReturnDesk:
    """Front desk workflow for returns coming back from wineries and distilleries."""

    def __init__(self, issuer: ClaimTokenIssuer) -> None:
        self._issuer = issuer
        self._by_token: Dict[str, RepairReturn] = {}

    def receive(self, order_number: str, barrel_serial: str, reason: str) -> RepairReturn:
        rma = self._issuer.issue(RepairReturn(order_number, barrel_serial, reason))
        self._by_token[rma.claim_token] = rma
        return rma

    def status_for(self, claim_token: str) -> Dict[str, str] | None:
        rma = self._by_token.get(claim_token)
        if rma is None:
            return None
        return {
            "order": rma.order_number,
            "barrel": rma.barrel_serial,
            "reason": rma.reason,
        }
