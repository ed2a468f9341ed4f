"""Nightly job that snapshots the tour-desk configuration to the company's settings service.

Stage managers sometimes re-image the touring laptop mid-tour; the snapshot lets them
restore venue lists, printer names and report preferences afterwards.
"""

from __future__ import annotations

import argparse
import json
import logging
import socket
from datetime import datetime, timezone
from pathlib import Path

import httpx
from dotenv import dotenv_values

log = logging.getLogger("tour_config_backup")

CONFIG_DIR = Path.home() / ".marionette"


def _load_preferences() -> dict:
    prefs_file = CONFIG_DIR / "preferences.json"
    if not prefs_file.exists():
        return {}
    return json.loads(prefs_file.read_text(encoding="utf-8"))


def build_snapshot(env_file: Path) -> dict:
    return {
        "device": socket.gethostname(),
        "taken_at": datetime.now(timezone.utc).isoformat(),
        "preferences": _load_preferences(),
        "settings": dotenv_values(env_file),
    }


def upload(snapshot: dict, service_url: str, device_token: str) -> str:
    with httpx.Client(timeout=20.0) as client:
        response = client.put(
            f"{service_url.rstrip('/')}/v1/devices/{snapshot['device']}/snapshot",
            json=snapshot,
            headers={"Authorization": f"Bearer {device_token}"},
        )
        response.raise_for_status()
        return response.json()["snapshot_id"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--env-file", type=Path, default=CONFIG_DIR / ".env")
    parser.add_argument("--service-url", required=True)
    parser.add_argument("--token-file", type=Path, default=CONFIG_DIR / "device.token")
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO)
    token = args.token_file.read_text(encoding="utf-8").strip()
    snapshot = build_snapshot(args.env_file)
    snapshot_id = upload(snapshot, args.service_url, token)
    log.info("stored configuration snapshot %s", snapshot_id)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
