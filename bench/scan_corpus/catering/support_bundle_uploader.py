"""Collects a support bundle from an event-day booking terminal and sends it to IT support."""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

APP_ROOT = Path(__file__).resolve().parent
LOG_DIR = APP_ROOT / "logs"
MAX_LOG_BYTES = 256 * 1024


def tail_log(path: Path, limit: int = MAX_LOG_BYTES) -> str:
    with path.open("rb") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        fh.seek(max(0, size - limit))
        return fh.read().decode("utf-8", "replace")


def collect_bundle(terminal_id: str, description: str) -> dict:
    logs = {p.name: tail_log(p) for p in sorted(LOG_DIR.glob("*.log"))}
    env_file = APP_ROOT / ".env"
    config_text = env_file.read_text(encoding="utf-8") if env_file.exists() else ""
    return {
        "terminal_id": terminal_id,
        "created_at": datetime.now(timezone.utc).isoformat(),
        "description": description,
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "logs": logs,
        "config": config_text,
    }


def upload(bundle: dict, support_url: str, ticket_token: str) -> str:
    resp = requests.post(
        f"{support_url.rstrip('/')}/bundles",
        json=bundle,
        headers={"Authorization": f"Bearer {ticket_token}"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terminal", required=True, help="terminal id, e.g. HALL-2")
    parser.add_argument("--describe", required=True, help="what went wrong")
    parser.add_argument("--dry-run", action="store_true", help="print the bundle summary only")
    args = parser.parse_args(argv)

    bundle = collect_bundle(args.terminal, args.describe)
    if args.dry_run:
        summary = {k: (len(v) if isinstance(v, (dict, str)) else v) for k, v in bundle.items()}
        print(json.dumps(summary, indent=2))
        return 0
    bundle_id = upload(bundle, os.environ["SUPPORT_API_URL"], os.environ["SUPPORT_TICKET_TOKEN"])
    print(f"support bundle uploaded as {bundle_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
