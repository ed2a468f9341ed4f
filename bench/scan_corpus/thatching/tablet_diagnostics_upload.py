"""Upload a diagnostics bundle from a survey tablet to the support desk.

Run by surveyors when the survey app misbehaves on site:

    python tablet_diagnostics_upload.py --note "photos not syncing at Long Thatch"

The bundle contains the app log tail, the sync queue state and the app config so
support can reproduce the problem.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
from pathlib import Path

import requests
from dotenv import dotenv_values

APP_DIR = Path(os.environ.get("SURVEY_APP_DIR", Path.home() / "survey-app"))
LOG_FILE = APP_DIR / "logs" / "survey-app.log"
QUEUE_FILE = APP_DIR / "sync-queue.json"
LOG_TAIL_LINES = 400


def tail(path: Path, lines: int) -> str:
    if not path.exists():
        return ""
    with path.open(encoding="utf-8", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


def sync_queue_summary() -> dict:
    if not QUEUE_FILE.exists():
        return {"pending": 0}
    queue = json.loads(QUEUE_FILE.read_text())
    return {
        "pending": len(queue),
        "oldest": min((item["queued_at"] for item in queue), default=None),
        "kinds": sorted({item["kind"] for item in queue}),
    }


def build_bundle(note: str) -> dict:
    return {
        "note": note,
        "device": platform.node(),
        "os": platform.platform(),
        "app_version": (APP_DIR / "VERSION").read_text().strip()
        if (APP_DIR / "VERSION").exists() else "unknown",
        "config": dotenv_values(APP_DIR / ".env"),
        "sync_queue": sync_queue_summary(),
        "log_tail": tail(LOG_FILE, LOG_TAIL_LINES),
    }


def upload(bundle: dict, support_url: str, ticket: str | None) -> str:
    resp = requests.post(
        f"{support_url.rstrip('/')}/api/diagnostics",
        json={"ticket": ticket, "bundle": bundle},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["reference"]


def main() -> int:
    parser = argparse.ArgumentParser(description="Send survey-app diagnostics to support")
    parser.add_argument("--note", required=True)
    parser.add_argument("--ticket")
    args = parser.parse_args()
    support_url = os.environ.get("SUPPORT_DESK_URL")
    if not support_url:
        print("SUPPORT_DESK_URL is not set; ask the office for the support desk address.")
        return 2
    reference = upload(build_bundle(args.note), support_url, args.ticket)
    print(f"Diagnostics sent. Quote reference {reference} when you call the office.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
