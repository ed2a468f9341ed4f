"""E-voucher issuing for approved Delay Repay claims.

Customers who choose voucher compensation receive a 12-character code that can
be redeemed against a future ticket purchase on the web or at a ticket office.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import numpy as np

from repay.db import VoucherRepository

ALPHABET = np.array(list("ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
GROUPS, GROUP_LEN = 3, 4
VALIDITY = timedelta(days=365)

_rng = np.random.default_rng()


@dataclass
class Voucher:
    code: str
    claim_ref: str
    value: Decimal
    expires: date


def _new_code() -> str:
    idx = _rng.integers(0, len(ALPHABET), size=GROUPS * GROUP_LEN)
    chars = "".join(ALPHABET[idx])
    return "-".join(chars[i : i + GROUP_LEN] for i in range(0, len(chars), GROUP_LEN))


def issue_voucher(repo: VoucherRepository, claim_ref: str, value: Decimal) -> Voucher:
    if value <= 0:
        raise ValueError("voucher value must be positive")
    for _ in range(5):
        code = _new_code()
        if not repo.exists(code):
            break
    else:
        raise RuntimeError("could not allocate a unique voucher code")
    voucher = Voucher(code, claim_ref, value, date.today() + VALIDITY)
    repo.insert(voucher)
    return voucher
