"""Parses splice efficiency tables submitted by rigging shops.

Rigging shops send the splice efficiencies they apply per termination
type as a Python-style dict literal, e.g.::

    {"eye_splice": 0.90, "thimble_eye": 0.85, "ferrule": 0.80}

The values are used to derate the minimum breaking load on certificates.
"""
import ast
from dataclasses import dataclass
from decimal import Decimal

KNOWN_TERMINATIONS = {
    "eye_splice",
    "thimble_eye",
    "ferrule",
    "socket",
    "wedge_socket",
    "long_splice",
}


@dataclass(frozen=True)
class SpliceTable:
    shop_code: str
    efficiencies: dict[str, Decimal]

    def derated_mbl(self, mbl_kn: Decimal, termination: str) -> Decimal:
        factor = self.efficiencies.get(termination)
        if factor is None:
            raise KeyError(f"shop {self.shop_code} has no factor for {termination}")
        return (mbl_kn * factor).quantize(Decimal("0.1"))


def parse_table(shop_code: str, text: str) -> SpliceTable:
    if len(text) > 4096:
        raise ValueError("splice table is too long")
    try:
        raw = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError) as exc:
        raise ValueError(f"splice table is not a valid literal: {exc}") from None
    if not isinstance(raw, dict):
        raise ValueError("splice table must be a mapping")
    table: dict[str, Decimal] = {}
    for name, value in raw.items():
        if name not in KNOWN_TERMINATIONS:
            raise ValueError(f"unknown termination {name!r}")
        if not isinstance(value, (int, float)) or not 0 < value <= 1:
            raise ValueError(f"efficiency for {name} must be in (0, 1]")
        table[name] = Decimal(str(value))
    return SpliceTable(shop_code=shop_code, efficiencies=table)
