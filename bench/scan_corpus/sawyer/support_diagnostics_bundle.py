"""Diagnostics bundle for the mill software vendor's support desk.

When the optimiser or the grading line misbehaves, the on-site engineer
runs ``sawyer-diag send <ticket>`` and the vendor's support service gets
a snapshot of the runtime so they can reproduce the fault.
"""
import os
import platform
import sys
from datetime import datetime, timezone
from importlib import metadata

import click
import httpx

from sawyer.settings import SUPPORT_API_URL, SITE_ID


def installed_packages():
    return sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions())


def runtime_snapshot():
    return {
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
        "packages": installed_packages(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


def recent_log_tail(path, lines=400):
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            return fh.readlines()[-lines:]
    except FileNotFoundError:
        return []


@click.group()
def cli():
    pass


@cli.command()
@click.argument("ticket")
@click.option("--log-file", default="/var/log/sawyer/app.log")
def send(ticket, log_file):
    bundle = {
        "ticket": ticket,
        "site": SITE_ID,
        "runtime": runtime_snapshot(),
        "log_tail": recent_log_tail(log_file),
    }
    resp = httpx.post(f"{SUPPORT_API_URL}/tickets/{ticket}/diagnostics", json=bundle, timeout=60)
    resp.raise_for_status()
    click.echo(f"diagnostics attached to ticket {ticket}: {resp.json().get('attachment_id')}")


if __name__ == "__main__":
    cli()
