"""Pull custodian collections that clients stage on their own SFTP servers."""
import logging
import posixpath
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass
class SftpSource:
    host: str
    username: str
    key_path: str
    remote_dir: str
    port: int = 22


def _connect(src: SftpSource) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(
        src.host,
        port=src.port,
        username=src.username,
        key_filename=src.key_path,
        timeout=30,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def _walk(sftp: paramiko.SFTPClient, remote_dir: str):
    for entry in sftp.listdir_attr(remote_dir):
        remote_path = posixpath.join(remote_dir, entry.filename)
        if stat.S_ISDIR(entry.st_mode):
            yield from _walk(sftp, remote_path)
        else:
            yield remote_path, entry.st_size


def pull_collection(src: SftpSource, local_root: Path) -> int:
    client = _connect(src)
    count = 0
    try:
        sftp = client.open_sftp()
        for remote_path, size in _walk(sftp, src.remote_dir):
            rel = posixpath.relpath(remote_path, src.remote_dir)
            if rel.startswith("..") or posixpath.isabs(rel):
                continue
            local_path = (local_root / rel).resolve()
            if not local_path.is_relative_to(local_root.resolve()):
                continue
            local_path.parent.mkdir(parents=True, exist_ok=True)
            sftp.get(remote_path, str(local_path))
            count += 1
            log.debug("pulled %s (%d bytes)", rel, size)
    finally:
        client.close()
    return count
