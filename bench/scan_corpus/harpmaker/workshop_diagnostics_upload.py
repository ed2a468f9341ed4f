"""Collects a diagnostics bundle from a workshop floor PC and uploads it to support.

Run by the office when the CNC router or the finishing-room terminal misbehaves.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_DIR = Path("/opt/harpmaker")


def disk_usage(path: Path) -> dict:
    usage = shutil.disk_usage(path)
    return {"total_gb": round(usage.total / 1e9, 1), "free_gb": round(usage.free / 1e9, 1)}


def service_status(unit: str) -> str:
    result = subprocess.run(
        ["systemctl", "is-active", unit], capture_output=True, text=True, check=False
    )
    return result.stdout.strip() or "unknown"


def recent_log_lines(path: Path, count: int = 200) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(errors="replace").splitlines()[-count:]


def app_configuration() -> dict:
    return dict(dotenv_values(APP_DIR / ".env"))


def build_bundle() -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": platform.node(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "disk": disk_usage(APP_DIR),
        "services": {u: service_status(u) for u in ("harp-router", "harp-portal", "harp-sync")},
        "config": app_configuration(),
        "log_tail": recent_log_lines(APP_DIR / "logs" / "workshop.log"),
    }


def upload(bundle: dict, support_url: str, ticket: str) -> str:
    resp = requests.post(
        f"{support_url.rstrip('/')}/diagnostics",
        json={"ticket": ticket, "bundle": bundle},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="support ticket number")
    parser.add_argument("--support-url", required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    bundle = build_bundle()
    if args.dry_run:
        sizes = {k: len(json.dumps(v)) for k, v in bundle.items()}
        print("would upload sections:", ", ".join(f"{k} ({n} bytes)" for k, n in sizes.items()))
        return 0
    bundle_id = upload(bundle, args.support_url, args.ticket)
    print(f"uploaded diagnostics bundle {bundle_id} for ticket {args.ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
