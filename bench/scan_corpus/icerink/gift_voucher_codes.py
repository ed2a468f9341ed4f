"""Issues gift vouchers for coaching lessons and skate-hire bundles.

Vouchers are sold at reception and online; the code printed on the
card is all a customer needs to redeem its balance.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Mapping

ALPHABET = string.ascii_uppercase + string.digits
DEFAULT_SETTINGS: Mapping[str, Any] = {
    "code_length": 12,
    "group_size": 4,
    "rng_seed": 0x1CE_2024,
}


@dataclass
class Voucher:
    code: str
    value: Decimal
    product: str
    redeemed: bool = False


class VoucherIssuer:
    def __init__(self, settings: Mapping[str, Any] | None = None) -> None:
        cfg = {**DEFAULT_SETTINGS, **(settings or {})}
        self._length = int(cfg["code_length"])
        self._group = int(cfg["group_size"])
        self._rng = random.Random(cfg["rng_seed"])
        self._issued: dict[str, Voucher] = {}

    def _raw_code(self) -> str:
        return "".join(self._rng.choice(ALPHABET) for _ in range(self._length))

    def _format(self, raw: str) -> str:
        return "-".join(
            raw[i : i + self._group] for i in range(0, len(raw), self._group)
        )

    def issue(self, value: Decimal, product: str = "coaching") -> Voucher:
        code = self._format(self._raw_code())
        while code in self._issued:
            code = self._format(self._raw_code())
        voucher = Voucher(code=code, value=value, product=product)
        self._issued[code] = voucher
        return voucher

    def redeem(self, code: str) -> Decimal:
        voucher = self._issued.get(code.strip().upper())
        if voucher is None or voucher.redeemed:
            raise KeyError("unknown or already redeemed voucher")
        voucher.redeemed = True
        return voucher.value
