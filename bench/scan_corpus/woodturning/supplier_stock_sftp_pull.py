"""Pull the supplier's nightly stock availability file over SFTP.

The supplier's host key is pinned in a known_hosts file that ships with the
deployment; unknown or changed keys abort the transfer.
"""
from __future__ import annotations

import csv
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("supplier.stock")


@dataclass(frozen=True)
class SftpSettings:
    host: str = field(default_factory=lambda: os.environ["SUPPLIER_SFTP_HOST"])
    port: int = field(default_factory=lambda: int(os.environ.get("SUPPLIER_SFTP_PORT", "22")))
    username: str = field(default_factory=lambda: os.environ["SUPPLIER_SFTP_USER"])
    key_file: str = field(default_factory=lambda: os.environ["SUPPLIER_SFTP_KEY"])
    known_hosts: str = field(
        default_factory=lambda: os.environ.get(
            "SUPPLIER_KNOWN_HOSTS", "/etc/woodturning/ssh/known_hosts"
        )
    )
    remote_file: str = "outbound/stock_availability.csv"


def open_client(settings: SftpSettings) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        settings.host,
        port=settings.port,
        username=settings.username,
        key_filename=settings.key_file,
        timeout=20,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def download_stock_file(settings: SftpSettings, dest_dir: Path) -> Path:
    dest_dir.mkdir(parents=True, exist_ok=True)
    local = dest_dir / "stock_availability.csv"
    client = open_client(settings)
    try:
        with client.open_sftp() as sftp:
            sftp.get(settings.remote_file, str(local))
    finally:
        client.close()
    return local


def read_availability(path: Path) -> dict[str, int]:
    with path.open(newline="", encoding="utf-8") as fh:
        return {row["sku"]: int(row["available"]) for row in csv.DictReader(fh) if row.get("sku")}


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    settings = SftpSettings()
    path = download_stock_file(settings, Path("/var/lib/woodturning/supplier"))
    availability = read_availability(path)
    log.info("supplier lists %d SKUs, %d in stock", len(availability),
             sum(1 for v in availability.values() if v > 0))


if __name__ == "__main__":
    main()
