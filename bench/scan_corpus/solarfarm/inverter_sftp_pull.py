"""Fetch daily yield CSVs from string inverters via SFTP.

Host keys for every inverter are recorded in the site known_hosts file at
commissioning; an unknown or changed key aborts the transfer.
"""

import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("INVERTER_KNOWN_HOSTS", "/etc/site/inverter_known_hosts"))


def open_client(host: str, username: str, key_path: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=username, key_filename=key_path,
                   timeout=10, allow_agent=False, look_for_keys=False)
    return client


def pull_daily_yield(host: str, day: str, out_dir: Path) -> Path:
    client = open_client(host, os.environ.get("INVERTER_SFTP_USER", "yieldread"),
                         os.environ["INVERTER_SFTP_KEY"])
    dest = out_dir / f"{host}_{day}.csv"
    try:
        with client.open_sftp() as sftp:
            sftp.get(f"/data/yield/{day}.csv", str(dest))
    finally:
        client.close()
    log.info("pulled %s from %s", dest.name, host)
    return dest
