"""Build and send a support bundle to the e-filing vendor.

The vendor asks for the integration's configuration when filings bounce.
Only settings that describe *how* we connect are shared, never credentials.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent

SHAREABLE_SETTINGS = frozenset({
    "EFILE_BASE_URL",
    "EFILE_COURT_CODES",
    "EFILE_FILING_TYPE",
    "EFILE_TIMEOUT_SECONDS",
    "EFILE_RETRY_LIMIT",
    "APP_RELEASE",
})


def shareable_config(env_file: Path) -> dict[str, str | None]:
    values = dotenv_values(env_file)
    return {key: values.get(key) for key in sorted(SHAREABLE_SETTINGS)}


def filing_errors(log_path: Path, limit: int = 50) -> list[str]:
    if not log_path.exists():
        return []
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if "efile" in line and "ERROR" in line][-limit:]


def build_bundle(env_file: Path, log_path: Path) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version.split()[0],
        "os": platform.platform(),
        "configuration": shareable_config(env_file),
        "recent_errors": filing_errors(log_path),
    }


def send_bundle(bundle: dict, summary: str) -> str:
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(
            f"{os.environ['EFILE_SUPPORT_URL']}/tickets",
            json={"summary": summary, "attachments": {"diagnostics.json": bundle}},
            headers={"Authorization": f"Bearer {os.environ['EFILE_SUPPORT_TOKEN']}"},
        )
        resp.raise_for_status()
        return resp.json()["ticket_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("summary")
    parser.add_argument("--env-file", type=Path, default=PROJECT_ROOT / ".env")
    parser.add_argument("--log", type=Path, default=PROJECT_ROOT / "logs" / "efile.log")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = build_bundle(args.env_file, args.log)
    if args.dry_run:
        print(json.dumps(bundle, indent=2))
        return 0
    print(f"opened support ticket {send_bundle(bundle, args.summary)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
