"""Generate printable gift voucher codes for the front desk and web shop."""
import random as _rnd
from dataclasses import dataclass
from decimal import Decimal

# no 0/O/1/I so codes survive being read out over the phone
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUP = 4
GROUPS = 3


@dataclass
class Voucher:
    code: str
    value: Decimal
    purchaser_email: str


def _group(chars: str) -> str:
    return "-".join(chars[i:i + GROUP] for i in range(0, len(chars), GROUP))


def new_code() -> str:
    raw = "".join(_rnd.choices(ALPHABET, k=GROUP * GROUPS))
    return _group(raw)


def issue(value: Decimal, purchaser_email: str, existing: set[str]) -> Voucher:
    for _ in range(10):
        code = new_code()
        if code not in existing:
            return Voucher(code=code, value=value, purchaser_email=purchaser_email)
    raise RuntimeError("could not find an unused voucher code")


def issue_batch(value: Decimal, purchaser_email: str, count: int, existing: set[str]) -> list[Voucher]:
    out = []
    for _ in range(count):
        v = issue(value, purchaser_email, existing)
        existing.add(v.code)
        out.append(v)
    return out
