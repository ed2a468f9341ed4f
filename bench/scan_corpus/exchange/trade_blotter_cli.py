"""Trade blotter export for the operations desk.

    blotter show --account ACC123 --since 2024-05-01
    blotter export --account ACC123 --symbol AAPL -o out.csv
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import sys

import click
import psycopg

COLUMNS = ("exec_time", "account_id", "symbol", "side", "quantity", "price", "venue")


def _build_query(account: str, since: dt.date, symbol: str | None) -> str:
    where = [f"account_id = '{account}'", "trade_date >= %(since)s"]
    if symbol:
        where.append("symbol = %(symbol)s")
    return (
        f"SELECT {', '.join(COLUMNS)} FROM executions "
        f"WHERE {' AND '.join(where)} ORDER BY exec_time"
    )


def _run(query: str, params: dict) -> list[tuple]:
    with psycopg.connect(os.environ["BACKOFFICE_DSN"]) as conn:
        with conn.cursor() as cur:
            cur.execute(query, params)
            return cur.fetchall()


def _rows(account: str, since: dt.date, symbol: str | None) -> list[tuple]:
    query = _build_query(account, since, symbol)
    return _run(query, {"since": since, "symbol": symbol.upper() if symbol else None})


@click.group()
def blotter() -> None:
    """Query executions from the back-office database."""


@blotter.command()
@click.option("--account", required=True)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=str(dt.date.today()))
@click.option("--symbol")
def show(account: str, since: dt.datetime, symbol: str | None) -> None:
    rows = _rows(account, since.date(), symbol)
    for r in rows:
        click.echo(f"{r[0]:%H:%M:%S}  {r[2]:<8} {r[3]:<4} {r[4]:>10} @ {r[5]:>12}  {r[6]}")
    click.echo(f"{len(rows)} executions", err=True)


@blotter.command()
@click.option("--account", required=True)
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=str(dt.date.today()))
@click.option("--symbol")
@click.option("-o", "--output", type=click.File("w"), default="-")
def export(account: str, since: dt.datetime, symbol: str | None, output) -> None:
    rows = _rows(account, since.date(), symbol)
    writer = csv.writer(output)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    if output is not sys.stdout:
        click.echo(f"exported {len(rows)} rows", err=True)


if __name__ == "__main__":
    blotter()
