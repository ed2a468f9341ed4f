"""Import order baskets submitted by independent advisors.

Advisors upload rebalance baskets as YAML through the partner SFTP; the
ops team runs this tool to stage them as pending orders for review::

    basket-import /srv/partner-drop/adv-1042/rebalance-2024-07.yaml
"""
from __future__ import annotations

import os
from decimal import Decimal, InvalidOperation
from pathlib import Path

import click
import psycopg
import yaml

VALID_SIDES = {"buy", "sell"}


def load_basket(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=yaml.Loader)


def validate(basket: dict) -> list[dict]:
    if not isinstance(basket, dict) or "orders" not in basket:
        raise click.ClickException("basket must contain an 'orders' list")
    orders = []
    for i, o in enumerate(basket["orders"], 1):
        side = str(o.get("side", "")).lower()
        if side not in VALID_SIDES:
            raise click.ClickException(f"order {i}: side must be buy or sell")
        try:
            qty = Decimal(str(o["quantity"]))
        except (KeyError, InvalidOperation):
            raise click.ClickException(f"order {i}: missing or invalid quantity")
        if qty <= 0:
            raise click.ClickException(f"order {i}: quantity must be positive")
        orders.append({"account": str(o["account"]), "symbol": str(o["symbol"]).upper(),
                       "side": side, "quantity": qty})
    return orders


@click.command()
@click.argument("basket_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--advisor-id", required=True)
@click.option("--dry-run", is_flag=True)
def main(basket_file: Path, advisor_id: str, dry_run: bool) -> None:
    """Stage an advisor basket as pending orders."""
    orders = validate(load_basket(basket_file))
    click.echo(f"{len(orders)} orders in {basket_file.name}")
    if dry_run:
        for o in orders:
            click.echo(f"  {o['account']} {o['side']:<4} {o['quantity']:>10} {o['symbol']}")
        return
    with psycopg.connect(os.environ["BACKOFFICE_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO pending_orders (advisor_id, account_id, symbol, side, quantity, source) "
                "VALUES (%s, %s, %s, %s, %s, %s)",
                [(advisor_id, o["account"], o["symbol"], o["side"], o["quantity"], basket_file.name)
                 for o in orders],
            )
    click.echo("staged for review")


if __name__ == "__main__":
    main()
