"""Posts a release notice to the staff chat channel after a deploy.

Used by the deploy pipeline of the buyer portal and the booking site so guides
and graders know when a new version is live.
"""
from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from datetime import datetime, timezone

import requests

log = logging.getLogger("deploy.notify")


def git_commit() -> str:
    out = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    )
    return out.stdout.strip() or "unknown"


def release_notice(service: str, environment: str) -> dict:
    version = os.environ.get("APP_VERSION", "unversioned")
    return {
        "text": f"{service} {version} is live on {environment}",
        "fields": {
            "service": service,
            "environment": environment,
            "version": version,
            "commit": git_commit(),
            "deployed_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        },
    }


def post_notice(notice: dict) -> None:
    webhook = os.environ["STAFF_CHAT_WEBHOOK_URL"]
    resp = requests.post(webhook, json=notice, timeout=10)
    resp.raise_for_status()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("service", choices=["buyer-portal", "tour-booking", "export-certs"])
    parser.add_argument("--environment", default="production", choices=["staging", "production"])
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    try:
        post_notice(release_notice(args.service, args.environment))
    except requests.RequestException as exc:
        log.warning("release notice not delivered: %s", exc.__class__.__name__)
        return 1
    log.info("release notice posted for %s", args.service)
    return 0


if __name__ == "__main__":
    sys.exit(main())
