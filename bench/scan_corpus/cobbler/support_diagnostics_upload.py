"""Command used by store IT to send a diagnostics bundle to the support desk.

Runs on the back-office PC in a store and uploads a JSON report about the
local installation so support can troubleshoot printer and locker issues.
"""
import os
import platform
import socket
import sys
from datetime import datetime, timezone

import click
import requests

from cobbler import __version__
from cobbler.config import settings


def collect_report(store_code: str) -> dict:
    return {
        "store_code": store_code,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": sys.version,
        "app_version": __version__,
        "environment": dict(os.environ),
        "printers": settings.LABEL_PRINTERS,
    }


@click.command()
@click.option("--store", "store_code", required=True, help="Store code, e.g. AMS01")
@click.option("--case", "case_no", default=None, help="Support case number")
def upload_diagnostics(store_code: str, case_no: str | None):
    report = collect_report(store_code)
    if case_no:
        report["case_no"] = case_no
    resp = requests.post(settings.SUPPORT_DIAGNOSTICS_URL, json=report, timeout=30)
    resp.raise_for_status()
    click.echo(f"Diagnostics uploaded, reference {resp.json().get('reference')}")


if __name__ == "__main__":
    upload_diagnostics()
