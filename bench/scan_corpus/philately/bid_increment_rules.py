"""Bid increment tables supplied by consignors for their own named sales."""
from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import ROUND_UP, Decimal
from typing import Callable

from flask import Blueprint, jsonify, request

increments = Blueprint("increments", __name__)


@dataclass
class IncrementBand:
    up_to: Decimal
    formula: str

    def compile(self) -> Callable[[Decimal], Decimal]:
        source = f"lambda price: {self.formula}"
        return eval(source, {"__builtins__": {}, "Decimal": Decimal}, {})


class IncrementTable:
    def __init__(self, bands: list[IncrementBand]) -> None:
        self.bands = sorted(bands, key=lambda b: b.up_to)
        self._compiled = [(b.up_to, b.compile()) for b in self.bands]

    @classmethod
    def from_json(cls, raw: str) -> "IncrementTable":
        data = json.loads(raw)
        return cls([IncrementBand(Decimal(str(b["up_to"])), b["formula"]) for b in data["bands"]])

    def next_bid(self, current: Decimal) -> Decimal:
        for ceiling, fn in self._compiled:
            if current < ceiling:
                step = Decimal(fn(current)).quantize(Decimal("1"), rounding=ROUND_UP)
                return current + max(step, Decimal("1"))
        raise ValueError("price above final band")


@increments.post("/sales/<sale_code>/increments/preview")
def preview(sale_code: str):
    table = IncrementTable.from_json(request.get_data(as_text=True))
    start = Decimal(request.args.get("start", "10"))
    ladder = [start]
    for _ in range(10):
        ladder.append(table.next_bid(ladder[-1]))
    return jsonify({"sale": sale_code, "ladder": [str(x) for x in ladder]})
