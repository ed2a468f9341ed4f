"""Fetches countersigned contracts from promoters' SFTP drop boxes.

Each promoter's host key is pinned in the tour office known_hosts file
when the promoter is onboarded.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("PROMOTER_KNOWN_HOSTS", "/etc/tour-office/known_hosts"))


@dataclass
class PromoterDropBox:
    name: str
    host: str
    username: str
    key_file: Path
    remote_dir: str = "/outbound/contracts"
    port: int = 22


def open_client(box: PromoterDropBox) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        box.host,
        port=box.port,
        username=box.username,
        key_filename=str(box.key_file),
        allow_agent=False,
        look_for_keys=False,
        timeout=20,
    )
    return client


def fetch_contracts(box: PromoterDropBox, dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    client = open_client(box)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(box.remote_dir):
            if not stat.S_ISREG(entry.st_mode or 0) or not entry.filename.endswith(".pdf"):
                continue
            local = dest / f"{box.name}_{Path(entry.filename).name}"
            sftp.get(f"{box.remote_dir}/{entry.filename}", str(local))
            fetched.append(local)
    finally:
        client.close()
    return fetched
