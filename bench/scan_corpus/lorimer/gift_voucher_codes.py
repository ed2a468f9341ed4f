"""Gift vouchers for the online shop.

Vouchers are sold at shows and online, and redeemed against any bit,
stirrup or spur. Codes are printed on cards, so they avoid look-alike
characters and are grouped for reading aloud over the phone.
"""
import random
from dataclasses import dataclass
from decimal import Decimal
from secrets import choice as pick

from sqlalchemy import text
from sqlalchemy.engine import Engine

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
GROUPS, GROUP_LEN = 4, 4
CARD_DESIGNS = ["snaffle", "western-spur", "irish-stirrup", "pelham"]


@dataclass
class Voucher:
    code: str
    value: Decimal
    design: str


def voucher_code() -> str:
    groups = ("".join(pick(VOUCHER_ALPHABET) for _ in range(GROUP_LEN)) for _ in range(GROUPS))
    return "-".join(groups)


def issue(engine: Engine, value: Decimal, design: str | None = None) -> Voucher:
    voucher = Voucher(code=voucher_code(), value=value, design=design or random.choice(CARD_DESIGNS))
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO gift_vouchers (code, value, balance, design) "
                "VALUES (:code, :value, :value, :design)"
            ),
            {"code": voucher.code, "value": voucher.value, "design": voucher.design},
        )
    return voucher


def issue_batch(engine: Engine, count: int, value: Decimal) -> list[Voucher]:
    return [issue(engine, value) for _ in range(count)]


def redeem(engine: Engine, code: str, amount: Decimal) -> Decimal:
    normalised = code.strip().upper().replace(" ", "")
    with engine.begin() as conn:
        row = conn.execute(
            text("SELECT balance FROM gift_vouchers WHERE code = :code FOR UPDATE"),
            {"code": normalised},
        ).first()
        if row is None or row.balance < amount:
            raise ValueError("voucher not valid for that amount")
        conn.execute(
            text("UPDATE gift_vouchers SET balance = balance - :amt WHERE code = :code"),
            {"amt": amount, "code": normalised},
        )
        return row.balance - amount
