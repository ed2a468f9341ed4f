"""Fetch citation disposition files from the county court SFTP server."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = os.environ.get("COURT_SFTP_KNOWN_HOSTS", "/etc/parking/court_known_hosts")


def open_client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=os.environ["COURT_SFTP_HOST"],
        username=os.environ["COURT_SFTP_USER"],
        key_filename=os.environ["COURT_SFTP_KEY"],
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def fetch_new(dest_dir: str, remote_dir: str = "/outbound/dispositions") -> list[Path]:
    dest = Path(dest_dir)
    dest.mkdir(parents=True, exist_ok=True)
    fetched = []
    client = open_client()
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir(remote_dir):
            if not name.endswith(".csv") or "/" in name or name.startswith("."):
                continue
            local = dest / name
            if local.exists():
                continue
            sftp.get(f"{remote_dir}/{name}", str(local))
            fetched.append(local)
    finally:
        client.close()
    log.info("fetched %d disposition files", len(fetched))
    return fetched
