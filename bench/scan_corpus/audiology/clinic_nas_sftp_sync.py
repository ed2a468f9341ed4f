"""Nightly SFTP sync of audiometer exports from each branch's NAS to head office."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import paramiko

log = logging.getLogger("branch.sync")


@dataclass
class BranchNas:
    branch_code: str
    hostname: str
    username: str = "audsync"
    remote_dir: str = "/exports/audiometer"
    known_hosts: str = "/etc/audiology/ssh/known_hosts"


class SyncSettings:
    key_file = os.environ.get("AUDSYNC_KEY_FILE", "/etc/audiology/ssh/audsync_ed25519")
    local_root = Path("/srv/headoffice/audiometer")
    host_key_policy = paramiko.RejectPolicy


def open_sftp(nas: BranchNas, settings: type[SyncSettings] = SyncSettings) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(nas.known_hosts)
    client.set_missing_host_key_policy(settings.host_key_policy())
    client.connect(nas.hostname, username=nas.username, key_filename=settings.key_file, timeout=15)
    return client


def sync_branch(nas: BranchNas, settings: type[SyncSettings] = SyncSettings) -> int:
    target = settings.local_root / nas.branch_code
    target.mkdir(parents=True, exist_ok=True)
    client = open_sftp(nas, settings)
    copied = 0
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir(nas.remote_dir):
            if not name.endswith(".xml") or "/" in name or name.startswith("."):
                continue
            local = target / name
            if local.exists():
                continue
            sftp.get(str(PurePosixPath(nas.remote_dir) / name), str(local))
            copied += 1
    finally:
        client.close()
    log.info("branch %s: %d new exports", nas.branch_code, copied)
    return copied
