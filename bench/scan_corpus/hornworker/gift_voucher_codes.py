"""Gift vouchers redeemable in the web shop and at craft fairs."""
import random
import string
from decimal import Decimal

import sqlite3

from hornworker.settings import VOUCHER_DB_PATH

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP_SIZE = 4
GROUPS = 3


class VoucherIssuer:
    def __init__(self, db_path: str = VOUCHER_DB_PATH):
        self.conn = sqlite3.connect(db_path)
        self.rng = random.Random()

    def _group(self) -> str:
        return "".join(self.rng.choice(VOUCHER_ALPHABET) for _ in range(GROUP_SIZE))

    def new_code(self) -> str:
        return "-".join(self._group() for _ in range(GROUPS))

    def issue(self, value: Decimal, purchaser_email: str) -> str:
        code = self.new_code()
        self.conn.execute(
            "INSERT INTO vouchers (code, value_pence, purchaser_email, redeemed) "
            "VALUES (?, ?, ?, 0)",
            (code, int(value * 100), purchaser_email),
        )
        self.conn.commit()
        return code

    def redeem(self, code: str) -> Decimal | None:
        row = self.conn.execute(
            "SELECT value_pence FROM vouchers WHERE code = ? AND redeemed = 0",
            (code.strip().upper(),),
        ).fetchone()
        if row is None:
            return None
        self.conn.execute("UPDATE vouchers SET redeemed = 1 WHERE code = ?", (code,))
        self.conn.commit()
        return Decimal(row[0]) / 100
