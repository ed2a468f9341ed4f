"""Deliver production volumes to opposing counsel's SFTP drop."""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger("productions.delivery")

KNOWN_HOSTS = os.environ.get("DELIVERY_KNOWN_HOSTS", "/etc/ediscovery/known_hosts")


class DeliveryTarget:
    def __init__(self, host: str, username: str, key_path: str, remote_root: str, port: int = 22):
        self.host = host
        self.username = username
        self.key_path = key_path
        self.remote_root = remote_root
        self.port = port


def _client(target: DeliveryTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        key_filename=target.key_path,
        timeout=30,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def _mkdirs(sftp: paramiko.SFTPClient, remote_dir: str) -> None:
    current = "/"
    for part in remote_dir.strip("/").split("/"):
        current = posixpath.join(current, part)
        try:
            sftp.stat(current)
        except FileNotFoundError:
            sftp.mkdir(current)


def deliver_volume(volume_dir: Path, target: DeliveryTarget) -> int:
    client = _client(target)
    sent = 0
    try:
        sftp = client.open_sftp()
        for local in sorted(volume_dir.rglob("*")):
            if not local.is_file():
                continue
            rel = local.relative_to(volume_dir).as_posix()
            remote = posixpath.join(target.remote_root, volume_dir.name, rel)
            _mkdirs(sftp, posixpath.dirname(remote))
            sftp.put(str(local), remote, confirm=True)
            sent += 1
        log.info("delivered %s (%d files) to %s", volume_dir.name, sent, target.host)
    finally:
        client.close()
    return sent
