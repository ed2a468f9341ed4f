"""Command-line tool for refunding restoration deposits.

Used by the office manager when a customer withdraws a clock before work
starts; talks to the card gateway and prints a confirmation slip.
"""
from decimal import Decimal

import click
import httpx

from clockmaker.billing.repository import find_deposit, mark_refunded
from clockmaker.settings import GATEWAY


def masked_card(last4: str, scheme: str) -> str:
    return f"{scheme.upper()} **** **** **** {last4}"


def _refund(gateway_id: str, amount_pence: int) -> dict:
    resp = httpx.post(
        f"{GATEWAY['url']}/authorisations/{gateway_id}/refunds",
        json={"amount": amount_pence},
        auth=(GATEWAY["merchant_id"], GATEWAY["api_key"]),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


@click.command()
@click.argument("quote_reference")
@click.option("--amount", type=Decimal, help="Partial refund in pounds; full deposit if omitted.")
def refund_deposit(quote_reference: str, amount: Decimal | None) -> None:
    deposit = find_deposit(quote_reference)
    if deposit is None:
        raise click.ClickException(f"No deposit found for {quote_reference}")
    pence = int(amount * 100) if amount is not None else deposit.amount_pence
    result = _refund(deposit.gateway_id, pence)
    mark_refunded(deposit, pence, result["refund_id"])
    click.echo(f"Refund {result['refund_id']} for quote {quote_reference}")
    click.echo(f"Card: {masked_card(deposit.card_last4, deposit.card_scheme)}")
    click.echo(f"Amount: £{Decimal(pence) / 100:.2f}")


if __name__ == "__main__":
    refund_deposit()
