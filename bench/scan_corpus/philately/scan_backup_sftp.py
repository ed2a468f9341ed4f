"""Nightly off-site backup of the scan library to the storage provider over SFTP."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("scans.backup")


@dataclass
class BackupTarget:
    host: str = field(default_factory=lambda: os.environ["SCAN_BACKUP_HOST"])
    port: int = 22
    username: str = "scanbackup"
    key_file: str = "/etc/auction/keys/backup_ed25519"
    known_hosts: str = "/etc/auction/ssh/known_hosts"
    host_key_policy: type = paramiko.RejectPolicy
    remote_dir: str = "/backups/scans"


def open_sftp(target: BackupTarget) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_host_keys(target.known_hosts)
    client.set_missing_host_key_policy(target.host_key_policy())
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        key_filename=target.key_file,
        look_for_keys=False,
        allow_agent=False,
    )
    return client, client.open_sftp()


def backup_day(target: BackupTarget, day_dir: Path) -> int:
    client, sftp = open_sftp(target)
    uploaded = 0
    try:
        remote_day = f"{target.remote_dir}/{day_dir.name}"
        try:
            sftp.stat(remote_day)
        except FileNotFoundError:
            sftp.mkdir(remote_day)
        for scan in sorted(day_dir.iterdir()):
            if scan.is_file():
                sftp.put(str(scan), f"{remote_day}/{scan.name}", confirm=True)
                uploaded += 1
    finally:
        sftp.close()
        client.close()
    log.info("backed up %d scans from %s", uploaded, day_dir)
    return uploaded
