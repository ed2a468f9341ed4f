"""Collect application logs from a host over SFTP."""
import os
import stat
from pathlib import Path

import paramiko


def open_sftp(host: str, username: str, key_path: str) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=username, key_filename=key_path, timeout=20)
    return client, client.open_sftp()


def collect(host: str, remote_dir: str, local_dir: Path) -> list[Path]:
    username = os.environ.get("LOG_COLLECTOR_USER", "logship")
    key_path = os.environ["LOG_COLLECTOR_KEY"]
    client, sftp = open_sftp(host, username, key_path)
    fetched = []
    try:
        local_dir.mkdir(parents=True, exist_ok=True)
        for entry in sftp.listdir_attr(remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".log.gz"):
                continue
            target = local_dir / f"{host}-{Path(entry.filename).name}"
            sftp.get(f"{remote_dir}/{entry.filename}", str(target))
            fetched.append(target)
    finally:
        sftp.close()
        client.close()
    return fetched
