"""Fetch lead files (enquiries and viewing requests) from the portals' SFTP drop.

Host keys for each portal are pinned in the deploy repo's known_hosts file.
"""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("feeds.leads")

KNOWN_HOSTS = os.environ.get("PORTAL_KNOWN_HOSTS", "/etc/agency/portal_known_hosts")


def _connect(host: str, username: str, key_file: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(hostname=host, username=username, key_filename=key_file, timeout=30,
                   allow_agent=False, look_for_keys=False)
    return client


def fetch_leads(host: str, username: str, key_file: str, remote_dir: str, local_dir: Path) -> list[Path]:
    local_dir.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    client = _connect(host, username, key_file)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                continue
            target = local_dir / Path(entry.filename).name
            sftp.get(f"{remote_dir}/{entry.filename}", str(target))
            sftp.remove(f"{remote_dir}/{entry.filename}")
            fetched.append(target)
        log.info("fetched %d lead files from %s", len(fetched), host)
    finally:
        client.close()
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    fetch_leads(
        host=os.environ["LEADS_SFTP_HOST"],
        username=os.environ["LEADS_SFTP_USER"],
        key_file=os.environ["LEADS_SFTP_KEY"],
        remote_dir=os.environ.get("LEADS_SFTP_DIR", "/outgoing"),
        local_dir=Path(os.environ.get("LEADS_LOCAL_DIR", "/var/feeds/leads")),
    )
