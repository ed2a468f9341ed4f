"""Collect a support bundle for the e-commerce platform vendor.

When the shop integration misbehaves the vendor's support desk asks for
recent logs and the running configuration; this CLI gathers both and
attaches them to the open support ticket.
"""
import argparse
import io
import json
import tarfile
import time
from pathlib import Path

import requests
from dotenv import dotenv_values

SUPPORT_API = "https://support.shopvendor.example/api/tickets"
LOG_DIR = Path("/var/log/lorimer")
ENV_FILE = Path("/etc/lorimer/shop.env")


def recent_logs(max_files: int = 5) -> list[Path]:
    logs = sorted(LOG_DIR.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    return logs[:max_files]


def gather_config() -> dict:
    config = dotenv_values(ENV_FILE)
    config["collected_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    return config


def build_bundle() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path in recent_logs():
            tar.add(path, arcname=f"logs/{path.name}")
        payload = json.dumps(gather_config(), indent=2).encode()
        info = tarfile.TarInfo("config.json")
        info.size = len(payload)
        info.mtime = int(time.time())
        tar.addfile(info, io.BytesIO(payload))
    return buf.getvalue()


def attach(ticket: str, bundle: bytes) -> None:
    resp = requests.post(
        f"{SUPPORT_API}/{ticket}/attachments",
        files={"file": (f"lorimer-support-{ticket}.tar.gz", bundle, "application/gzip")},
        timeout=60,
    )
    resp.raise_for_status()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ticket", help="vendor support ticket number")
    args = parser.parse_args()
    bundle = build_bundle()
    attach(args.ticket, bundle)
    print(f"attached {len(bundle)} bytes to ticket {args.ticket}")


if __name__ == "__main__":
    main()
