"""Uploads a diagnostics bundle when a till cannot reach its card terminal.

Counter staff press "Send diagnostics" on the till; the bundle is posted to
the point-of-sale vendor's support service so they can see what the till was
doing when the terminal dropped out.
"""
from __future__ import annotations

import logging
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("chandlery.till.diagnostics")

LOG_TAIL_LINES = 400


def _tail(path: Path, lines: int) -> list[str]:
    if not path.exists():
        return []
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        return fh.readlines()[-lines:]


def collect_bundle(till_id: str, log_path: Path) -> dict:
    return {
        "till_id": till_id,
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "hostname": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "environment": dict(os.environ),
        "log_tail": _tail(log_path, LOG_TAIL_LINES),
    }


def upload_bundle(support_url: str, case_ref: str, bundle: dict, timeout: float = 20.0) -> str:
    resp = requests.post(
        f"{support_url.rstrip('/')}/cases/{case_ref}/attachments",
        json=bundle,
        timeout=timeout,
    )
    resp.raise_for_status()
    attachment_id = resp.json()["attachment_id"]
    log.info("diagnostics for till %s attached to case %s", bundle["till_id"], case_ref)
    return attachment_id


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: terminal_diagnostics_upload.py CASE_REF", file=sys.stderr)
        return 2
    till_id = os.environ.get("TILL_ID", socket.gethostname())
    support_url = os.environ["POS_SUPPORT_URL"]
    log_path = Path(os.environ.get("TILL_LOG", "/var/log/chandlery/till.log"))
    bundle = collect_bundle(till_id, log_path)
    attachment = upload_bundle(support_url, argv[1], bundle)
    print(f"uploaded diagnostics as attachment {attachment}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv))
