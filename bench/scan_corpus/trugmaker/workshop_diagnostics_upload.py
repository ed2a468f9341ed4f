"""Support bundle uploader for the workshop's shop-sync agent.

The small agent on the workshop PC keeps the till, the label printer and
the online shop in step. When it misbehaves, ``trug-agent diagnose``
collects a bundle and sends it to the shop platform's support API so
their engineers can look at it.
"""
from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

AGENT_VERSION = "2.4.1"
SUPPORT_URL = os.environ.get("TRUG_SUPPORT_URL", "https://support.shopplatform.example/api/bundles")
LOG_DIR = Path(os.environ.get("TRUG_AGENT_LOGS", Path.home() / ".trug-agent" / "logs"))


def _tail(path: Path, lines: int = 200) -> list[str]:
    try:
        return path.read_text(errors="replace").splitlines()[-lines:]
    except OSError:
        return []


def collect_bundle() -> dict:
    logs = {p.name: _tail(p) for p in sorted(LOG_DIR.glob("*.log"))[-5:]}
    return {
        "agent_version": AGENT_VERSION,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "hostname": platform.node(),
        "environment": dict(os.environ),
        "logs": logs,
    }


def upload(bundle: dict, ticket: str) -> str:
    resp = requests.post(
        SUPPORT_URL,
        json={"ticket": ticket, "bundle": bundle},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="trug-agent diagnose")
    parser.add_argument("ticket", help="support ticket number")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    bundle = collect_bundle()
    if args.dry_run:
        print(json.dumps(bundle, indent=2)[:4000])
        return 0
    bundle_id = upload(bundle, args.ticket)
    print(f"uploaded bundle {bundle_id} for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
