"""Pulls the published toll rate tables from the tolling authority's SFTP drop."""
from __future__ import annotations

import csv
import io
import os
from decimal import Decimal

import paramiko

RATE_SOURCE = {
    "hostname": "198.51.100.23",
    "port": 22,
    "remote_dir": "/outbound/rates",
    "known_hosts": os.path.expanduser("~/.ssh/known_hosts"),
}


def _open_sftp(source: dict, username: str, key_path: str) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    ssh = paramiko.SSHClient()
    ssh.load_host_keys(source["known_hosts"])
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(
        hostname=source["hostname"],
        port=source["port"],
        username=username,
        key_filename=key_path,
        look_for_keys=False,
        allow_agent=False,
    )
    return ssh, ssh.open_sftp()


def parse_rate_table(raw: bytes) -> dict[tuple[str, str, str], Decimal]:
    rates: dict[tuple[str, str, str], Decimal] = {}
    for row in csv.DictReader(io.StringIO(raw.decode("utf-8"))):
        key = (row["plaza"], row["vehicle_class"], row["time_band"])
        rates[key] = Decimal(row["rate_usd"])
    return rates


def fetch_latest_rates(effective_date: str) -> dict[tuple[str, str, str], Decimal]:
    ssh, sftp = _open_sftp(
        RATE_SOURCE,
        username=os.environ["RATE_SFTP_USER"],
        key_path=os.environ["RATE_SFTP_KEY"],
    )
    try:
        name = f"rates_{effective_date}.csv"
        with sftp.open(f"{RATE_SOURCE['remote_dir']}/{name}", "rb") as fh:
            return parse_rate_table(fh.read())
    finally:
        sftp.close()
        ssh.close()
