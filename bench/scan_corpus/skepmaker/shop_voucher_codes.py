"""Gift voucher codes sold in the shop and redeemable against courses or skeps."""
import secrets
import string
from decimal import Decimal

import click

from skepmaker.db import session_scope
from skepmaker.shop.models import Voucher

VOUCHER_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
GROUP_SIZE = 4
GROUPS = 4


def generate_voucher_code() -> str:
    chars = [secrets.choice(VOUCHER_ALPHABET) for _ in range(GROUP_SIZE * GROUPS)]
    groups = ["".join(chars[i:i + GROUP_SIZE]) for i in range(0, len(chars), GROUP_SIZE)]
    return "SKEP-" + "-".join(groups)


def issue_vouchers(session, value: Decimal, count: int, campaign: str):
    codes = []
    for _ in range(count):
        code = generate_voucher_code()
        session.add(Voucher(code=code, value=value, campaign=campaign, redeemed=False))
        codes.append(code)
    return codes


@click.command("issue-vouchers")
@click.option("--value", type=Decimal, required=True, help="Face value in GBP")
@click.option("--count", type=int, default=10, show_default=True)
@click.option("--campaign", default="gift-shop")
@click.option("--out", type=click.File("w"), default="-")
def issue_vouchers_command(value, count, campaign, out):
    with session_scope() as session:
        codes = issue_vouchers(session, value, count, campaign)
    for code in codes:
        out.write(code + "\n")
    click.echo(f"Issued {len(codes)} vouchers worth £{value} each", err=True)


if __name__ == "__main__":
    issue_vouchers_command()
