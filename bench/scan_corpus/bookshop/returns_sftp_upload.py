"""Uploads the weekly returns request file to the distributor's SFTP server."""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("BOOKSHOP_KNOWN_HOSTS", "/etc/bookshop/known_hosts"))


def _client(host: str, username: str, port: int = 22) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    if KNOWN_HOSTS.exists():
        client.load_host_keys(str(KNOWN_HOSTS))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        host,
        port=port,
        username=username,
        key_filename=os.environ["DISTRIBUTOR_SFTP_KEY"],
        timeout=30,
        look_for_keys=False,
        allow_agent=False,
    )
    return client


def upload_returns(local_file: Path, host: str, username: str, remote_dir: str) -> str:
    remote_path = f"{remote_dir.rstrip('/')}/{local_file.name}"
    client = _client(host, username)
    try:
        with client.open_sftp() as sftp:
            sftp.put(str(local_file), remote_path + ".part")
            sftp.rename(remote_path + ".part", remote_path)
    finally:
        client.close()
    log.info("uploaded %s to %s:%s", local_file.name, host, remote_path)
    return remote_path
