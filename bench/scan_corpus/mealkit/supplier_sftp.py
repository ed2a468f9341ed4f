"""Uploads approved purchase orders to supplier SFTP drop boxes.

Run from the nightly scheduler:  python -m purchasing.supplier_sftp --date 2024-05-03
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("purchasing.sftp")

EXPORT_ROOT = Path(os.environ.get("PO_EXPORT_ROOT", "/srv/purchasing/exports"))


@dataclass
class SupplierEndpoint:
    code: str
    host: str
    username: str
    remote_dir: str
    port: int = 22


def _open_client(endpoint: SupplierEndpoint) -> paramiko.SSHClient:
    key = paramiko.Ed25519Key.from_private_key_file(os.environ["SFTP_KEY_FILE"])
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(
        hostname=endpoint.host,
        port=endpoint.port,
        username=endpoint.username,
        pkey=key,
        timeout=20,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def upload_orders(endpoint: SupplierEndpoint, day: dt.date) -> int:
    files = sorted((EXPORT_ROOT / day.isoformat() / endpoint.code).glob("*.csv"))
    if not files:
        log.info("no purchase orders for %s on %s", endpoint.code, day)
        return 0
    client = _open_client(endpoint)
    try:
        sftp = client.open_sftp()
        for path in files:
            sftp.put(str(path), f"{endpoint.remote_dir}/{path.name}")
            log.info("uploaded %s to %s", path.name, endpoint.code)
    finally:
        client.close()
    return len(files)


def main() -> None:
    from .suppliers import load_endpoints

    parser = argparse.ArgumentParser()
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date.today())
    args = parser.parse_args()
    for endpoint in load_endpoints():
        upload_orders(endpoint, args.date)


if __name__ == "__main__":
    main()
