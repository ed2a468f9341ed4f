"""Sends a diagnostics bundle from the office scheduler host to support.

Only a fixed set of facts about the host and service is included; the
bundle is shown to the operator before it is sent.
"""
from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import socket
from datetime import datetime, timezone
from pathlib import Path

import requests

log = logging.getLogger("clocktower.diagnostics")

REPORTED_SETTINGS = ("CLOCKTOWER_RELEASE", "CLOCKTOWER_REGION", "TZ")


def _selected_settings() -> dict[str, str]:
    return {name: os.environ[name] for name in REPORTED_SETTINGS if name in os.environ}


def build_bundle(data_dir: Path) -> dict:
    usage = shutil.disk_usage(data_dir)
    queue_file = data_dir / "queue_depth.json"
    return {
        "host": socket.gethostname(),
        "collected_at": datetime.now(timezone.utc).isoformat(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "disk_free_mb": usage.free // (1024 * 1024),
        "queue": json.loads(queue_file.read_text()) if queue_file.exists() else None,
        "settings": _selected_settings(),
    }


def send_bundle(bundle: dict, support_url: str, token: str, ca_bundle: str) -> str:
    resp = requests.post(
        f"{support_url.rstrip('/')}/v1/diagnostics",
        json=bundle,
        headers={"Authorization": f"Bearer {token}"},
        verify=ca_bundle,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["reference"]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Send scheduler diagnostics to support")
    parser.add_argument("--data-dir", type=Path, default=Path("/var/lib/clocktower"))
    parser.add_argument("--yes", action="store_true", help="send without confirmation")
    args = parser.parse_args()

    bundle = build_bundle(args.data_dir)
    print(json.dumps(bundle, indent=2))
    if not args.yes and input("Send this bundle? [y/N] ").strip().lower() != "y":
        return
    reference = send_bundle(
        bundle,
        support_url=os.environ["CLOCKTOWER_SUPPORT_URL"],
        token=os.environ["CLOCKTOWER_SUPPORT_TOKEN"],
        ca_bundle=os.environ.get("CLOCKTOWER_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
    )
    log.info("diagnostics sent as %s", reference)
    print(reference)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
