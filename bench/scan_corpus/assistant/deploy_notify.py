"""Post a deployment notice to the team chat channel (REL-14).

Run as the last step of the release pipeline::

    python -m tools.deploy_notify --status success

The incoming-webhook URL is provided to the pipeline as ``DEPLOY_CHAT_WEBHOOK``.
Only build metadata is included in the message.
"""
from __future__ import annotations

import argparse
import os
import sys

import requests

# Build metadata exported by the CI runner.
METADATA_VARS = ("SERVICE_NAME", "DEPLOY_ENV", "GIT_SHA", "GIT_BRANCH", "CI_PIPELINE_URL")


def build_message(status: str) -> dict[str, str]:
    meta = {name: os.environ.get(name, "unknown") for name in METADATA_VARS}
    icon = ":white_check_mark:" if status == "success" else ":x:"
    text = (
        f"{icon} *{meta['SERVICE_NAME']}* deploy to *{meta['DEPLOY_ENV']}* {status}\n"
        f"commit `{meta['GIT_SHA'][:10]}` on `{meta['GIT_BRANCH']}` - <{meta['CI_PIPELINE_URL']}|pipeline>"
    )
    return {"text": text}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--status", choices=("success", "failed"), required=True)
    args = parser.parse_args(argv)

    webhook_url = os.environ.get("DEPLOY_CHAT_WEBHOOK")
    if not webhook_url:
        print("DEPLOY_CHAT_WEBHOOK not set; skipping notification", file=sys.stderr)
        return 0

    resp = requests.post(webhook_url, json=build_message(args.status), timeout=10)
    if resp.status_code >= 400:
        print(f"Chat webhook returned HTTP {resp.status_code}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
