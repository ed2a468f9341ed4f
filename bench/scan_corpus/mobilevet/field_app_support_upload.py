"""Command-line helper the vets run when the van app misbehaves.

It gathers the app's recent log and configuration and attaches them to a ticket
on the practice's support desk so the IT contractor can diagnose the problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import requests

APP_DIR = Path(os.environ.get("MOBILEVET_APP_DIR", "/opt/mobilevet-van"))


def _tail(path: Path, max_lines: int = 400) -> str:
    if not path.exists():
        return ""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return "\n".join(lines[-max_lines:])


def collect_attachments(app_dir: Path) -> dict[str, str]:
    attachments = {
        "app.log": _tail(app_dir / "logs" / "app.log"),
        "sync.log": _tail(app_dir / "logs" / "sync.log"),
    }
    env_file = app_dir / ".env"
    if env_file.exists():
        attachments["config.env"] = env_file.read_text(encoding="utf-8")
    return attachments


def open_ticket(api_base: str, van_id: str, summary: str, attachments: dict[str, str],
                token: str) -> str:
    resp = requests.post(
        f"{api_base.rstrip('/')}/tickets",
        json={
            "source": f"van:{van_id}",
            "summary": summary,
            "attachments": [{"name": k, "content": v} for k, v in attachments.items() if v],
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Send van app diagnostics to support")
    parser.add_argument("summary", help="what went wrong, in a sentence")
    parser.add_argument("--van-id", default=os.environ.get("MOBILEVET_VAN_ID", "unknown"))
    args = parser.parse_args(argv)

    api_base = os.environ.get("MOBILEVET_SUPPORT_API")
    token = os.environ.get("MOBILEVET_SUPPORT_TOKEN")
    if not api_base or not token:
        print("MOBILEVET_SUPPORT_API and MOBILEVET_SUPPORT_TOKEN must be set", file=sys.stderr)
        return 2
    attachments = collect_attachments(APP_DIR)
    ticket = open_ticket(api_base, args.van_id, args.summary, attachments, token)
    print(f"Support ticket {ticket} opened. Thank you!")
    return 0


if __name__ == "__main__":
    sys.exit(main())
