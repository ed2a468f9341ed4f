"""Till diagnostics report sent to the IT support desk.

Volunteers press "Send diagnostics" on the till's admin screen when the till
misbehaves; the report lands in the support desk's ticket queue.
"""
from __future__ import annotations

import os
import platform
import shutil
import socket
import sys
from datetime import datetime, timezone
from typing import Any, Dict

import requests

SUPPORT_URL = os.environ["SUPPORT_DESK_URL"]
SUPPORT_TOKEN = os.environ["SUPPORT_DESK_TOKEN"]


def _disk_report(path: str = "/") -> Dict[str, int]:
    usage = shutil.disk_usage(path)
    return {"total": usage.total, "used": usage.used, "free": usage.free}


def collect_report(shop_code: str, note: str) -> Dict[str, Any]:
    return {
        "shop_code": shop_code,
        "till_host": socket.gethostname(),
        "reported_at": datetime.now(timezone.utc).isoformat(),
        "note": note[:2000],
        "python": sys.version,
        "platform": platform.platform(),
        "disk": _disk_report(),
        "environment": dict(os.environ),
    }


def send_report(shop_code: str, note: str) -> str:
    report = collect_report(shop_code, note)
    resp = requests.post(
        f"{SUPPORT_URL}/api/tickets",
        json={
            "subject": f"Till diagnostics from {shop_code}",
            "queue": "tills",
            "attachment": report,
        },
        headers={"Authorization": f"Token {SUPPORT_TOKEN}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["ticket_id"]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Send till diagnostics to IT support")
    parser.add_argument("shop_code")
    parser.add_argument("--note", default="")
    args = parser.parse_args()
    print("Ticket", send_report(args.shop_code, args.note))
