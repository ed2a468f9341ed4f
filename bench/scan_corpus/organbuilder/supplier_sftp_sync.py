"""Fetches price lists and delivery notes from suppliers' SFTP drop boxes.

Leather, felt and pipe-metal suppliers publish CSV price lists on SFTP.
Host keys are pinned in the workshop's known_hosts file.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("supplier_sftp")

KNOWN_HOSTS = Path(os.environ.get("SUPPLIER_KNOWN_HOSTS", "/etc/organworks/ssh/known_hosts"))
DOWNLOAD_ROOT = Path("/srv/organworks/supplier-drops")


@dataclass
class SupplierDrop:
    code: str
    host: str
    username: str
    password_env: str
    remote_dir: str = "/outgoing"

    @property
    def password(self) -> str:
        return os.environ[self.password_env]


def open_sftp(drop: SupplierDrop) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to %s as %s for supplier %s", drop.host, drop.username, drop.code)
    client.connect(drop.host, username=drop.username, password=drop.password, timeout=20)
    return client, client.open_sftp()


def sync_drop(drop: SupplierDrop) -> list[Path]:
    target_dir = DOWNLOAD_ROOT / drop.code
    target_dir.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    client, sftp = open_sftp(drop)
    try:
        for name in sftp.listdir(drop.remote_dir):
            if not name.lower().endswith(".csv") or "/" in name or name.startswith("."):
                continue
            local = target_dir / name
            if local.exists():
                continue
            sftp.get(f"{drop.remote_dir}/{name}", str(local))
            fetched.append(local)
    finally:
        sftp.close()
        client.close()
    log.info("supplier %s: %d new files", drop.code, len(fetched))
    return fetched
