"""Builds a diagnostics bundle from the van app and attaches it to a support ticket.

The bundle holds recent logs and the app's settings with every credential
replaced; the .env file itself is never read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import requests

APP_DIR = Path(os.environ.get("MOBILEVET_APP_DIR", "/opt/mobilevet-van"))
SAFE_SETTINGS = ("MOBILEVET_VAN_ID", "MOBILEVET_APP_VERSION", "MOBILEVET_REGION",
                 "MOBILEVET_SYNC_INTERVAL", "MOBILEVET_LOG_LEVEL")


def _tail(path: Path, max_lines: int = 400) -> str:
    if not path.is_file():
        return ""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(lines[-max_lines:])


def settings_snapshot() -> dict[str, str]:
    return {name: os.environ[name] for name in SAFE_SETTINGS if name in os.environ}


def build_bundle(app_dir: Path) -> dict[str, str]:
    return {
        "app.log": _tail(app_dir / "logs" / "app.log"),
        "sync.log": _tail(app_dir / "logs" / "sync.log"),
        "settings.json": json.dumps(settings_snapshot(), indent=2),
    }


def submit(api_base: str, token: str, van_id: str, summary: str,
           bundle: dict[str, str]) -> str:
    resp = requests.post(
        f"{api_base.rstrip('/')}/tickets",
        json={"source": f"van:{van_id}", "summary": summary,
              "attachments": [{"name": n, "content": c} for n, c in bundle.items() if c]},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send van app diagnostics to support")
    parser.add_argument("summary")
    args = parser.parse_args(argv)
    api_base = os.environ.get("MOBILEVET_SUPPORT_API")
    token = os.environ.get("MOBILEVET_SUPPORT_TOKEN")
    if not api_base or not token:
        print("MOBILEVET_SUPPORT_API and MOBILEVET_SUPPORT_TOKEN must be set", file=sys.stderr)
        return 2
    van_id = os.environ.get("MOBILEVET_VAN_ID", "unknown")
    ticket = submit(api_base, token, van_id, args.summary, build_bundle(APP_DIR))
    print(f"Support ticket {ticket} opened.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
