"""Plans tasting flights for tours and issues gift vouchers.

Each tour group gets four drams; the order is shuffled per table so that
hosts don't always pour the same sequence and the tour stays fresh.
Gift vouchers bought in the shop are redeemable online with their code.
"""
import random
import secrets
import string
from dataclasses import dataclass, field
from datetime import date, timedelta

VOUCHER_ALPHABET = string.ascii_uppercase + string.digits
VOUCHER_LENGTH = 12
FLIGHT_SIZE = 4


@dataclass
class Flight:
    table: int
    drams: list[str] = field(default_factory=list)


@dataclass
class GiftVoucher:
    code: str
    value_pence: int
    expires: date


def plan_flights(available: list[str], tables: int, seed: int | None = None) -> list[Flight]:
    """Pick and order drams for each table. ``seed`` makes a plan reproducible for printing."""
    rng = random.Random(seed)
    flights = []
    for table in range(1, tables + 1):
        drams = rng.sample(available, k=min(FLIGHT_SIZE, len(available)))
        flights.append(Flight(table=table, drams=drams))
    return flights


def issue_voucher(value_pence: int, valid_days: int = 365) -> GiftVoucher:
    code = "".join(secrets.choice(VOUCHER_ALPHABET) for _ in range(VOUCHER_LENGTH))
    return GiftVoucher(
        code=code,
        value_pence=value_pence,
        expires=date.today() + timedelta(days=valid_days),
    )


def format_voucher_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))
