"""Gift voucher codes sold at the kiosk and redeemable at any site in the chain."""
from __future__ import annotations

import datetime as dt
import secrets
import string
from dataclasses import dataclass
from typing import Callable, Protocol

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP_SIZE = 4
GROUPS = 4


class VoucherStore(Protocol):
    def exists(self, code: str) -> bool: ...
    def insert(self, code: str, value_cents: int, expires: dt.date) -> None: ...


@dataclass
class VoucherFormat:
    alphabet: str = VOUCHER_ALPHABET
    group_size: int = GROUP_SIZE
    groups: int = GROUPS
    chooser: Callable[[str], str] = secrets.choice

    def render(self) -> str:
        chunks = [
            "".join(self.chooser(self.alphabet) for _ in range(self.group_size))
            for _ in range(self.groups)
        ]
        return "-".join(chunks)


class VoucherIssuer:
    def __init__(self, store: VoucherStore, fmt: VoucherFormat | None = None) -> None:
        self.store = store
        self.fmt = fmt or VoucherFormat()

    def issue(self, value_cents: int, valid_months: int = 24) -> str:
        if value_cents <= 0:
            raise ValueError("voucher value must be positive")
        expires = dt.date.today() + dt.timedelta(days=30 * valid_months)
        while True:
            code = self.fmt.render()
            if not self.store.exists(code):
                self.store.insert(code, value_cents, expires)
                return code


def printable(code: str, value_cents: int) -> str:
    dollars = value_cents / 100
    return f"CAR WASH GIFT VOUCHER\n${dollars:,.2f}\n{code}\nRedeem at any participating site"
