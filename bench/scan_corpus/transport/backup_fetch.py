"""Fetch nightly database dumps from the backup hosts over SFTP."""
import os
import stat
from pathlib import Path

import paramiko

KNOWN_HOSTS = os.environ.get("BACKUP_KNOWN_HOSTS", str(Path.home() / ".ssh" / "known_hosts"))


def connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    if os.path.exists(KNOWN_HOSTS):
        client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        username=os.environ.get("BACKUP_USER", "backup"),
        key_filename=os.environ["BACKUP_SSH_KEY"],
        timeout=30,
    )
    return client


def fetch_latest(host: str, remote_dir: str, dest: Path) -> Path | None:
    client = connect(host)
    try:
        sftp = client.open_sftp()
        dumps = [
            e for e in sftp.listdir_attr(remote_dir)
            if stat.S_ISREG(e.st_mode) and e.filename.endswith(".dump")
        ]
        if not dumps:
            return None
        latest = max(dumps, key=lambda e: e.st_mtime)
        dest.mkdir(parents=True, exist_ok=True)
        target = dest / f"{host}-{Path(latest.filename).name}"
        sftp.get(f"{remote_dir}/{latest.filename}", str(target))
        return target
    finally:
        client.close()
