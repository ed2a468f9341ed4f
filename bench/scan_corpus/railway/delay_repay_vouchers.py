"""Issues redeemable e-vouchers for Delay Repay compensation."""
from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
GROUP_LEN = 4


def voucher_code() -> str:
    groups = ("".join(secrets.choice(ALPHABET) for _ in range(GROUP_LEN)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


@dataclass
class EVoucher:
    claim_ref: str
    value: Decimal
    code: str = field(default_factory=voucher_code)
    voucher_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    expires: date = field(default_factory=lambda: date.today() + timedelta(days=365))


class VoucherIssuer:
    def __init__(self, repo):
        self._repo = repo

    def issue(self, claim_ref: str, value: Decimal) -> EVoucher:
        if value <= 0:
            raise ValueError("voucher value must be positive")
        voucher = EVoucher(claim_ref=claim_ref, value=value)
        while self._repo.code_exists(voucher.code):
            voucher.code = voucher_code()
        self._repo.insert(voucher)
        return voucher
