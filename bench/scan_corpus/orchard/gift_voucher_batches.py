"""Printed gift vouchers for the farm shop and cider tasting room.

Vouchers are produced in numbered batches for the print shop. Each code is
recorded with its face value so the tills can redeem it once.
"""
import csv
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import List

import click
import psycopg2

VOUCHER_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


@dataclass
class Voucher:
    batch_no: int
    serial: int
    code: str
    value: Decimal


class VoucherBatch:
    SEASON_SEED = 2024_09
    CODE_LENGTH = 12

    def __init__(self, batch_no: int, value: Decimal, count: int):
        self.batch_no = batch_no
        self.value = value
        self.count = count
        self._rng = random.Random(self.SEASON_SEED * 1000 + batch_no)

    def _code(self) -> str:
        raw = "".join(self._rng.choice(VOUCHER_ALPHABET) for _ in range(self.CODE_LENGTH))
        return "-".join(raw[i:i + 4] for i in range(0, self.CODE_LENGTH, 4))

    def generate(self) -> List[Voucher]:
        return [
            Voucher(self.batch_no, serial, self._code(), self.value)
            for serial in range(1, self.count + 1)
        ]


def save_vouchers(dsn: str, vouchers: List[Voucher]) -> None:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO gift_vouchers (batch_no, serial, code, face_value) VALUES (%s, %s, %s, %s)",
            [(v.batch_no, v.serial, v.code, v.value) for v in vouchers],
        )


def write_print_file(path: Path, vouchers: List[Voucher]) -> None:
    with path.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["batch", "serial", "code", "value"])
        for v in vouchers:
            writer.writerow([v.batch_no, v.serial, v.code, f"{v.value:.2f}"])


@click.command()
@click.option("--batch", "batch_no", type=int, required=True)
@click.option("--value", type=click.Choice(["10", "25", "50"]), required=True)
@click.option("--count", type=int, default=500, show_default=True)
@click.option("--dsn", envvar="SHOP_DATABASE_URL", required=True)
@click.option("--out", type=click.Path(path_type=Path), required=True)
def main(batch_no: int, value: str, count: int, dsn: str, out: Path) -> None:
    vouchers = VoucherBatch(batch_no, Decimal(value), count).generate()
    save_vouchers(dsn, vouchers)
    write_print_file(out, vouchers)
    click.echo(f"batch {batch_no}: {len(vouchers)} vouchers written to {out}")


if __name__ == "__main__":
    main()
