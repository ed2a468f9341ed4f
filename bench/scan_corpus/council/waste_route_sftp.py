"""Push the weekly collection route sheets to the waste contractor's SFTP drop.

Run from cron on the integration server:
    python -m waste.route_sftp --week 2024-W18
"""
import argparse
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("waste.route_sftp")

SFTP_HOST = os.environ["WASTE_SFTP_HOST"]
SFTP_USER = os.environ.get("WASTE_SFTP_USER", "council-routes")
SFTP_KEY_PATH = os.environ.get("WASTE_SFTP_KEY", "/etc/council/keys/waste_routes_ed25519")
REMOTE_DIR = "/inbound/routes"
EXPORT_ROOT = Path(os.environ.get("ROUTE_EXPORT_ROOT", "/srv/waste/exports"))


def open_client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(
        SFTP_HOST,
        username=SFTP_USER,
        key_filename=SFTP_KEY_PATH,
        timeout=30,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def upload_week(week: str) -> int:
    files = sorted((EXPORT_ROOT / week).glob("*.csv"))
    if not files:
        log.warning("No route sheets for %s", week)
        return 0
    client = open_client()
    try:
        sftp = client.open_sftp()
        for path in files:
            sftp.put(str(path), f"{REMOTE_DIR}/{week}_{path.name}")
            log.info("Uploaded %s", path.name)
    finally:
        client.close()
    return len(files)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--week", required=True, help="ISO week, e.g. 2024-W18")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    upload_week(args.week)


if __name__ == "__main__":
    main()
