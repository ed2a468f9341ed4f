"""Builds and uploads a diagnostics bundle for the office server.

When the job-sheet server misbehaves, the office manager runs this tool
and the bundle goes to the software supplier's support desk, so they can
see versions and configuration without remote access.
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_DIR = Path("/srv/hedgeoffice")


def installed_packages() -> list[str]:
    out = subprocess.run(
        ["/srv/hedgeoffice/venv/bin/pip", "freeze"], capture_output=True, text=True, check=False
    )
    return out.stdout.splitlines()


def recent_log_lines(limit: int = 300) -> list[str]:
    log_file = APP_DIR / "logs" / "app.log"
    if not log_file.exists():
        return []
    return log_file.read_text(errors="replace").splitlines()[-limit:]


def app_configuration() -> dict[str, str | None]:
    return dict(dotenv_values(APP_DIR / ".env"))


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "host": platform.node(),
        "python": platform.python_version(),
        "packages": installed_packages(),
        "config": app_configuration(),
        "log_tail": recent_log_lines(),
    }


def upload(bundle: dict, support_url: str) -> str:
    resp = requests.post(
        support_url,
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json().get("reference", "")


def main() -> None:
    parser = argparse.ArgumentParser(description="Send a diagnostics bundle to support")
    parser.add_argument("ticket", help="support ticket number")
    parser.add_argument("--support-url", required=True)
    args = parser.parse_args()
    ref = upload(build_bundle(args.ticket), args.support_url)
    print(f"Uploaded diagnostics, reference {ref}")


if __name__ == "__main__":
    main()
