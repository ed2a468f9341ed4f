"""Announce a completed deployment of the registry to the status page.

Called at the end of the deploy script; reports which release is live so
tower correspondents reading the status page know when fixes have landed.
"""
import os
import socket
import sys
from datetime import datetime, timezone

import requests

PUBLIC_RELEASE_VARS = ("BELLS_RELEASE", "BELLS_GIT_SHA", "BELLS_GUILD_CODE", "BELLS_REGION")


def release_info() -> dict[str, str]:
    info = {name.removeprefix("BELLS_").lower(): os.environ.get(name, "") for name in PUBLIC_RELEASE_VARS}
    info["host"] = socket.gethostname()
    info["deployed_at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return info


def announce(status_url: str, dry_run: bool = False) -> int:
    body = {"event": "deploy", "release": release_info()}
    if dry_run:
        print(body)
        return 0
    resp = requests.post(status_url, json=body, timeout=10)
    if resp.status_code >= 300:
        print(f"status page returned {resp.status_code}", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    status_url = os.environ.get("BELLS_STATUS_URL")
    if not status_url:
        print("BELLS_STATUS_URL not set; skipping status announcement", file=sys.stderr)
        return 0
    return announce(status_url, dry_run="--dry-run" in sys.argv)


if __name__ == "__main__":
    sys.exit(main())
