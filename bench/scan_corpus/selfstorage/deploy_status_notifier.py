"""Posts deploy results for the facility websites to the ops chat channel."""
from __future__ import annotations

import argparse
import getpass
import os
import socket
import subprocess
import sys
from datetime import datetime, timezone

import httpx
from dotenv import dotenv_values


def _git_revision() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True, text=True, check=True, timeout=5,
        )
        return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def config_summary(env_file: str) -> str:
    keys = sorted(dotenv_values(env_file).keys())
    return ", ".join(keys) if keys else "(empty)"


def build_message(step: str, exit_code: int, env_file: str) -> dict:
    ok = exit_code == 0
    return {
        "text": f"{'deploy ok' if ok else 'deploy FAILED'}: step `{step}` exit code {exit_code}",
        "attachments": [
            {
                "color": "#2eb67d" if ok else "#d00000",
                "fields": [
                    {"title": "Host", "value": socket.gethostname(), "short": True},
                    {"title": "Operator", "value": getpass.getuser(), "short": True},
                    {"title": "Revision", "value": _git_revision(), "short": True},
                    {"title": "When", "value": datetime.now(timezone.utc).isoformat(), "short": True},
                    {"title": "Config keys present", "value": config_summary(env_file)},
                ],
            }
        ],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("step")
    parser.add_argument("exit_code", type=int)
    parser.add_argument("--env-file", default=".env")
    args = parser.parse_args(argv)

    webhook = os.environ.get("OPS_CHAT_WEBHOOK_URL")
    if not webhook:
        print("OPS_CHAT_WEBHOOK_URL not set; skipping notification", file=sys.stderr)
        return 0
    resp = httpx.post(webhook, json=build_message(args.step, args.exit_code, args.env_file),
                      timeout=10.0)
    resp.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main())
