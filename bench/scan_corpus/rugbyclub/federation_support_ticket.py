"""CLI that opens a support ticket with the federation's IT helpdesk.

The helpdesk asks which settings are configured, so the ticket lists the
setting names from the club's ``.env`` file without their values.
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


def configured_setting_names(env_file: Path) -> list[str]:
    return sorted(name for name, value in dotenv_values(env_file).items() if value)


def collect_diagnostics(project_dir: Path, log_lines: int = 200) -> dict:
    log_file = project_dir / "logs" / "federation_sync.log"
    tail = log_file.read_text().splitlines()[-log_lines:] if log_file.exists() else []
    return {
        "client_version": __version__,
        "python": platform.python_version(),
        "os": platform.platform(),
        "configured_settings": configured_setting_names(project_dir / ".env"),
        "recent_log": tail,
    }


def open_ticket(config: FederationConfig, summary: str, diagnostics: dict) -> str:
    resp = requests.post(
        f"{config.base_url}/v2/support/tickets",
        json={"club_code": config.club_code, "summary": summary, "diagnostics": diagnostics},
        headers={"Authorization": f"Bearer {config.api_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["ticket_ref"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("summary")
    parser.add_argument("--project-dir", type=Path, default=Path(os.getcwd()))
    args = parser.parse_args(argv)
    ticket = open_ticket(FederationConfig.from_env(), args.summary,
                         collect_diagnostics(args.project_dir))
    print(f"Support ticket {ticket} opened with the federation helpdesk.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
