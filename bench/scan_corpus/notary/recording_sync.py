"""Pulls session recordings from the video vendor's SFTP drop.

The vendor's host key is pinned in the known_hosts file shipped with the
deployment (``RECORDING_KNOWN_HOSTS``).
"""
import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

SSH_SETTINGS = {
    "port": 22,
    "timeout": 30,
    "allow_agent": False,
    "look_for_keys": False,
}


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(os.environ["RECORDING_KNOWN_HOSTS"])
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def sync_recordings(host: str, username: str, key_file: str, local_dir: Path, remote_dir: str = "outbox") -> list[Path]:
    pkey = paramiko.Ed25519Key.from_private_key_file(key_file)
    client = _client()
    client.connect(host, username=username, pkey=pkey, **SSH_SETTINGS)
    fetched: list[Path] = []
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".mp4"):
                continue
            name = Path(entry.filename).name
            target = local_dir / name
            if target.exists():
                continue
            sftp.get(f"{remote_dir}/{entry.filename}", str(target))
            fetched.append(target)
            log.info("fetched recording %s (%d bytes)", name, entry.st_size)
    finally:
        client.close()
    return fetched
