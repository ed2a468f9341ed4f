"""CLI: send a support bundle from a press line PC to the vendor.

Only an explicit list of non-secret environment settings is included; the
vendor needs them to reproduce controller configuration issues.
"""
from __future__ import annotations

import argparse
import os
import platform
import socket
import sys
from datetime import datetime, timezone
from pathlib import Path

import requests

SUPPORT_URL = os.environ.get("PRESS_SUPPORT_URL", "https://support.pressvendor.example/api/tickets")
LOG_DIR = Path(os.environ.get("PRESS_LOG_DIR", "/var/log/press-agent"))
SHARED_SETTINGS = (
    "PRESS_LINE",
    "PRESS_MODEL",
    "PLC_FIRMWARE",
    "PRESS_AGENT_VERSION",
    "TZ",
)


def tail(path: Path, lines: int = 200) -> str:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as fh:
            return "".join(fh.readlines()[-lines:])
    except OSError as exc:
        return f"<unreadable: {exc}>"


def collect(press_id: str) -> dict:
    return {
        "press_id": press_id,
        "hostname": socket.gethostname(),
        "platform": platform.platform(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "settings": {name: os.environ.get(name, "") for name in SHARED_SETTINGS},
        "logs": {p.name: tail(p) for p in sorted(LOG_DIR.glob("*.log"))[:10]},
    }


def submit(ticket_ref: str, bundle: dict, support_token: str) -> str:
    resp = requests.post(
        f"{SUPPORT_URL}/{ticket_ref}/attachments",
        json={"type": "diagnostics", "bundle": bundle},
        headers={"Authorization": f"Token {support_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json().get("attachment_id", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("press_id")
    parser.add_argument("ticket_ref")
    args = parser.parse_args(argv)
    token = os.environ.get("PRESS_SUPPORT_TOKEN")
    if not token:
        print("PRESS_SUPPORT_TOKEN is not set", file=sys.stderr)
        return 2
    attachment = submit(args.ticket_ref, collect(args.press_id), token)
    print(f"uploaded support bundle as attachment {attachment}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
