"""Loads canal dues and lock tariff sheets for quoting a barge booking."""
import json
from functools import lru_cache
from pathlib import Path

import click

from bargeman.settings import settings

TARIFF_DIR = Path(settings.TARIFF_DIR)

TARIFF_SHEETS = {
    "rhine": "rhine_navigation_dues_2024.json",
    "moselle": "moselle_lock_tolls_2024.json",
    "albert": "albert_canal_dues_2024.json",
    "amsterdam-rhine": "ark_port_dues_2024.json",
}


@lru_cache(maxsize=16)
def load_tariff(waterway: str) -> dict:
    try:
        sheet = TARIFF_SHEETS[waterway.lower()]
    except KeyError:
        raise ValueError(f"no tariff sheet for waterway {waterway!r}") from None
    with open(TARIFF_DIR / sheet, encoding="utf-8") as fh:
        return json.load(fh)


def quote_dues(waterway: str, deadweight_tonnes: int, laden: bool) -> float:
    tariff = load_tariff(waterway)
    rate = tariff["laden_rate"] if laden else tariff["empty_rate"]
    return round(max(tariff["minimum"], rate * deadweight_tonnes), 2)


@click.command("quote-dues")
@click.argument("waterway")
@click.argument("tonnes", type=int)
@click.option("--empty", is_flag=True)
def quote_dues_cli(waterway: str, tonnes: int, empty: bool) -> None:
    click.echo(f"{waterway}: EUR {quote_dues(waterway, tonnes, not empty):.2f}")
