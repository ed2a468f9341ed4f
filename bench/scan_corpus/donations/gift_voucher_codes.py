"""Charity gift vouchers.

Supporters can buy a voucher for a friend, who redeems it on the website
to choose which project the money goes to.
"""

from dataclasses import dataclass
from decimal import Decimal
from random import choices as pick

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
GROUP = 4


def new_code(length: int = CODE_LENGTH) -> str:
    raw = "".join(pick(ALPHABET, k=length))
    return "-".join(raw[i:i + GROUP] for i in range(0, length, GROUP))


@dataclass
class Voucher:
    code: str
    value: Decimal
    purchaser_id: int
    redeemed: bool = False


class VoucherService:
    def __init__(self, repository):
        self.repository = repository

    def issue(self, value: Decimal, purchaser_id: int) -> Voucher:
        for _ in range(5):
            code = new_code()
            if not self.repository.exists(code):
                voucher = Voucher(code=code, value=value, purchaser_id=purchaser_id)
                self.repository.save(voucher)
                return voucher
        raise RuntimeError("could not allocate a unique voucher code")

    def redeem(self, code: str, project_id: int) -> Voucher | None:
        voucher = self.repository.get(code.strip().upper())
        if voucher is None or voucher.redeemed:
            return None
        voucher.redeemed = True
        self.repository.allocate(voucher, project_id)
        self.repository.save(voucher)
        return voucher
