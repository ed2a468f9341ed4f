"""Attach runtime diagnostics to a support ticket in the vendor's help desk."""
import argparse
import os
import platform
import sys
from datetime import datetime, timezone

import requests

from notary.config import settings

REPORTED_ENV_KEYS = ("APP_VERSION", "DEPLOY_REGION", "WORKER_CONCURRENCY", "FEATURE_FLAGS_PROFILE")


def collect() -> dict:
    return {
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "settings": {k: os.environ.get(k) for k in REPORTED_ENV_KEYS},
    }


def upload(ticket: str, bundle: dict) -> str:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['SUPPORT_API_TOKEN']}"
    resp = session.post(
        f"{settings.SUPPORT_API_BASE}/tickets/{ticket}/attachments",
        json={"kind": "diagnostics", "payload": bundle},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["attachment_id"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket")
    args = parser.parse_args(argv)
    attachment = upload(args.ticket, collect())
    print(f"attached diagnostics {attachment} to ticket {args.ticket}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
