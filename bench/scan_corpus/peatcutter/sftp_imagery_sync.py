"""Nightly sync of raw drone imagery to the processing server.

The field office keeps raw flight folders on its NAS. Each night this job
pushes new flight folders to the processing server over SFTP so the
mosaicking pipeline can start before staff arrive.
"""

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass
class SyncConfig:
    host: str = field(default_factory=lambda: os.environ["IMAGERY_SFTP_HOST"])
    user: str = field(default_factory=lambda: os.environ["IMAGERY_SFTP_USER"])
    key_path: str = field(default_factory=lambda: os.environ["IMAGERY_SFTP_KEY"])
    key_passphrase: str | None = field(default_factory=lambda: os.environ.get("IMAGERY_SFTP_KEY_PASSPHRASE"))
    remote_root: str = "/incoming/raw"


def connect(cfg: SyncConfig) -> paramiko.SSHClient:
    key = paramiko.Ed25519Key.from_private_key_file(cfg.key_path, password=cfg.key_passphrase)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("Connecting to %s@%s using key %s", cfg.user, cfg.host, key.get_fingerprint().hex())
    client.connect(cfg.host, username=cfg.user, pkey=key, look_for_keys=False, allow_agent=False)
    return client


def sync_flight(sftp: paramiko.SFTPClient, flight_dir: Path, remote_root: str) -> int:
    remote_dir = f"{remote_root}/{flight_dir.name}"
    try:
        sftp.mkdir(remote_dir)
    except OSError:
        pass
    existing = set(sftp.listdir(remote_dir))
    sent = 0
    for local in sorted(flight_dir.iterdir()):
        if local.is_file() and local.name not in existing:
            sftp.put(str(local), f"{remote_dir}/{local.name}")
            sent += 1
    return sent


def run(nas_root: Path, cfg: SyncConfig | None = None) -> None:
    cfg = cfg or SyncConfig()
    client = connect(cfg)
    try:
        sftp = client.open_sftp()
        for flight_dir in sorted(p for p in nas_root.iterdir() if p.is_dir()):
            count = sync_flight(sftp, flight_dir, cfg.remote_root)
            log.info("Flight %s: %d new files sent", flight_dir.name, count)
    finally:
        client.close()
