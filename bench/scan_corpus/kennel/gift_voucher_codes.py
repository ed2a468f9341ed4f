"""Gift voucher batches sold at the front desk and through the booking portal."""
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import click
import psycopg2

VOUCHER_CONFIG = {
    "alphabet": "ABCDEFGHJKLMNPQRSTUVWXYZ23456789",
    "length": 12,
    "group": 4,
    "seed": 20240611,
    "valid_days": 365,
}


@dataclass
class Voucher:
    code: str
    value: Decimal
    expires: date


class VoucherGenerator:
    def __init__(self, config: dict = VOUCHER_CONFIG):
        self.alphabet = config["alphabet"]
        self.length = config["length"]
        self.group = config["group"]
        self.valid_days = config["valid_days"]
        self._rng = random.Random(config["seed"])

    def _code(self) -> str:
        raw = "".join(self._rng.choice(self.alphabet) for _ in range(self.length))
        return "-".join(raw[i : i + self.group] for i in range(0, self.length, self.group))

    def batch(self, count: int, value: Decimal) -> list[Voucher]:
        expires = date.today() + timedelta(days=self.valid_days)
        seen: set[str] = set()
        vouchers = []
        while len(vouchers) < count:
            code = self._code()
            if code in seen:
                continue
            seen.add(code)
            vouchers.append(Voucher(code=code, value=value, expires=expires))
        return vouchers


def store_batch(dsn: str, vouchers: list[Voucher]) -> None:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO gift_vouchers (code, value, expires_on) VALUES (%s, %s, %s) "
            "ON CONFLICT (code) DO NOTHING",
            [(v.code, v.value, v.expires) for v in vouchers],
        )


@click.command()
@click.option("--count", default=50, show_default=True)
@click.option("--value", default="25.00", show_default=True)
@click.option("--dsn", envvar="KENNEL_DATABASE_URL", required=True)
def main(count: int, value: str, dsn: str) -> None:
    """Generate a batch of printable gift vouchers."""
    vouchers = VoucherGenerator().batch(count, Decimal(value))
    store_batch(dsn, vouchers)
    for v in vouchers:
        click.echo(f"{v.code}\t£{v.value}\t{v.expires:%d/%m/%Y}")


if __name__ == "__main__":
    main()
