"""CLI that builds a support bundle for the score-sync service and sends it to the vendor desk."""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
from datetime import datetime, timezone
from pathlib import Path

import requests
from dotenv import dotenv_values

log = logging.getLogger("laserquest.support")

SERVICE_ROOT = Path(os.environ.get("SCORE_SYNC_ROOT", "/opt/laserquest/score-sync"))
ENV_FILE = SERVICE_ROOT / ".env"
LOG_FILE = SERVICE_ROOT / "logs" / "score-sync.log"


def _tail(path: Path, lines: int) -> str:
    if not path.exists():
        return ""
    with path.open("r", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


def build_bundle(ticket: str, log_lines: int) -> dict:
    return {
        "ticket": ticket,
        "created": datetime.now(timezone.utc).isoformat(),
        "host": platform.node(),
        "platform": platform.platform(),
        "service_version": (SERVICE_ROOT / "VERSION").read_text().strip()
        if (SERVICE_ROOT / "VERSION").exists()
        else "unknown",
        "configuration": dotenv_values(ENV_FILE),
        "log_tail": _tail(LOG_FILE, log_lines),
    }


def upload(bundle: dict, desk_url: str, desk_token: str) -> str:
    resp = requests.post(
        f"{desk_url.rstrip('/')}/api/bundles",
        data=json.dumps(bundle),
        headers={"Content-Type": "application/json", "Authorization": f"Token {desk_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["bundle_id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="support ticket reference, e.g. LQ-1042")
    parser.add_argument("--lines", type=int, default=500)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    bundle = build_bundle(args.ticket, args.lines)
    if args.dry_run:
        print(f"bundle for {args.ticket}: {len(bundle['log_tail'])} bytes of logs")
        return 0
    bundle_id = upload(bundle, os.environ["SUPPORT_DESK_URL"], os.environ["SUPPORT_DESK_TOKEN"])
    log.info("uploaded support bundle %s for ticket %s", bundle_id, args.ticket)
    print(bundle_id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
