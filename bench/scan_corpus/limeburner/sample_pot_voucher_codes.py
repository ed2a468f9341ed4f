"""Voucher codes for free sample pots of coloured lime plaster.

At trade shows and via the merchant counter display we hand out cards with a
code that a plasterer can redeem online for a free sample pot of limewash or
finishing plaster in a chosen colour.
"""

import secrets
import string
from dataclasses import dataclass

import click
import psycopg

CODE_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP_SIZE = 4
GROUPS = 3


@dataclass
class VoucherBatch:
    campaign: str
    codes: list[str]


def make_code(groups: int = GROUPS, group_size: int = GROUP_SIZE) -> str:
    parts = [
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(group_size))
        for _ in range(groups)
    ]
    return "-".join(parts)


def generate_batch(campaign: str, quantity: int) -> VoucherBatch:
    codes: set[str] = set()
    while len(codes) < quantity:
        codes.add(make_code())
    return VoucherBatch(campaign=campaign, codes=sorted(codes))


def store_batch(dsn: str, batch: VoucherBatch) -> None:
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO sample_vouchers (campaign, code) VALUES (%s, %s)",
            [(batch.campaign, code) for code in batch.codes],
        )


@click.command()
@click.option("--campaign", required=True, help="Campaign name, e.g. 'listed-buildings-show'")
@click.option("--quantity", default=500, show_default=True)
@click.option("--dsn", envvar="VOUCHER_DB_DSN", required=True)
@click.option("--out", type=click.Path(dir_okay=False, writable=True), required=True)
def main(campaign: str, quantity: int, dsn: str, out: str) -> None:
    batch = generate_batch(campaign, quantity)
    store_batch(dsn, batch)
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(batch.codes) + "\n")
    click.echo(f"Wrote {len(batch.codes)} codes for {campaign} to {out}")


if __name__ == "__main__":
    main()
