"""Downloads ROV net-inspection reports from the diving contractor's SFTP.

The contractor drops a PDF report and a CSV of hole findings per pen after
each inspection; the file server's host key is pinned in our known_hosts.
"""
from __future__ import annotations

import os
import stat
from contextlib import closing
from pathlib import Path
from typing import List

import paramiko

KNOWN_HOSTS = Path(os.environ.get("CONTRACTOR_KNOWN_HOSTS", "/etc/fishfarm/ssh/known_hosts"))


def open_client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        hostname=os.environ["CONTRACTOR_SFTP_HOST"],
        username=os.environ["CONTRACTOR_SFTP_USER"],
        key_filename=os.environ["CONTRACTOR_SFTP_KEY"],
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    return client


def fetch_reports(site: str, dest: Path) -> List[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    remote_dir = f"/outgoing/{site}"
    saved: List[Path] = []
    with closing(open_client()) as client, closing(client.open_sftp()) as sftp:
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode or 0):
                continue
            if not entry.filename.lower().endswith((".pdf", ".csv")):
                continue
            local = dest / Path(entry.filename).name
            if local.exists() and local.stat().st_size == entry.st_size:
                continue
            sftp.get(f"{remote_dir}/{entry.filename}", str(local))
            saved.append(local)
    return saved
