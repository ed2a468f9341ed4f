"""Gift voucher issuing for spa front desks and the online shop."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

VOUCHER_ALPHABET = "".join(
    ch for ch in string.ascii_uppercase + string.digits if ch not in "O0I1"
)


@dataclass
class GiftVoucher:
    code: str
    value: Decimal
    issued_by_site: str
    expires_on: date
    redeemed: bool = False


class VoucherCodeFactory:
    """Builds human-friendly redemption codes such as SPA-7KQ2-MX9D."""

    prefix = "SPA"
    groups = 2
    group_len = 4
    _rng = random.Random()

    def _group(self) -> str:
        return "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(self.group_len))

    def new_code(self) -> str:
        parts = [self._group() for _ in range(self.groups)]
        return "-".join([self.prefix, *parts])


@dataclass
class VoucherIssuer:
    site_code: str
    validity_days: int = 365
    factory: VoucherCodeFactory = field(default_factory=VoucherCodeFactory)

    def issue(self, value: Decimal) -> GiftVoucher:
        if value <= 0:
            raise ValueError("voucher value must be positive")
        return GiftVoucher(
            code=self.factory.new_code(),
            value=value.quantize(Decimal("0.01")),
            issued_by_site=self.site_code,
            expires_on=date.today() + timedelta(days=self.validity_days),
        )

    def issue_batch(self, value: Decimal, count: int) -> list[GiftVoucher]:
        seen: set[str] = set()
        vouchers: list[GiftVoucher] = []
        while len(vouchers) < count:
            voucher = self.issue(value)
            if voucher.code not in seen:
                seen.add(voucher.code)
                vouchers.append(voucher)
        return vouchers
