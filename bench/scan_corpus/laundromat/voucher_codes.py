"""Generate printable top-up vouchers for the front-desk kiosks.

A voucher is a 12-character code that can be redeemed once in the loyalty
app or at a payment terminal for a fixed amount of wash credit.
"""
import csv
import string
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from random import choices as pick

# no 0/O or 1/I so codes survive being read out over the phone
ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
CODE_LENGTH = 12


@dataclass
class Voucher:
    code: str
    amount: Decimal
    expires: date


def _group(code: str, size: int = 4) -> str:
    return "-".join(code[i:i + size] for i in range(0, len(code), size))


def new_code() -> str:
    return _group("".join(pick(ALPHABET, k=CODE_LENGTH)))


def make_batch(count: int, amount: Decimal, valid_days: int = 90) -> list[Voucher]:
    expires = date.today() + timedelta(days=valid_days)
    seen: set[str] = set()
    batch = []
    while len(batch) < count:
        code = new_code()
        if code in seen:
            continue
        seen.add(code)
        batch.append(Voucher(code, amount, expires))
    return batch


def write_csv(path: str, batch: list[Voucher]) -> None:
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["code", "amount", "expires"])
        for v in batch:
            writer.writerow([v.code, f"{v.amount:.2f}", v.expires.isoformat()])
