"""CLI that opens a support ticket for the field-sync tablet app.

Run by site officers from the depot laptop when tablet sync fails; it
gathers the sync log tail and configuration and files a helpdesk ticket.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import requests
from dotenv import dotenv_values

HELPDESK_URL = os.environ.get("HELPDESK_URL", "https://helpdesk.example-peat-trust.org.uk")
APP_DIR = Path(os.environ.get("FIELD_SYNC_HOME", "~/.field-sync")).expanduser()


def tail(path: Path, lines: int = 200) -> str:
    if not path.exists():
        return ""
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


def collect_bundle(app_dir: Path) -> dict:
    config = dotenv_values(app_dir / ".env")
    return {
        "app_version": (app_dir / "VERSION").read_text().strip()
        if (app_dir / "VERSION").exists() else "unknown",
        "sync_log": tail(app_dir / "logs" / "sync.log"),
        "config": dict(config),
        "pending_uploads": len(list((app_dir / "outbox").glob("*.json"))),
    }


def open_ticket(summary: str, reporter: str, bundle: dict) -> str:
    resp = requests.post(
        f"{HELPDESK_URL}/api/tickets",
        json={
            "queue": "field-sync",
            "summary": summary,
            "reporter": reporter,
            "attachments": [{"name": "bundle.json", "content": json.dumps(bundle, indent=2)}],
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Send a field-sync support bundle")
    parser.add_argument("summary", help="one-line description of the problem")
    parser.add_argument("--reporter", default=os.environ.get("USER", "site-officer"))
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = collect_bundle(APP_DIR)
    if args.dry_run:
        print(json.dumps({k: v for k, v in bundle.items() if k != "config"}, indent=2))
        return 0
    ticket = open_ticket(args.summary, args.reporter, bundle)
    print(f"Opened ticket {ticket}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
