"""Pushes approved recipe files to equipment PCs over SFTP.

Host keys of every equipment PC are enrolled in the known_hosts file managed
by the equipment-automation team; unknown hosts are refused.
"""
import logging
import os
import posixpath
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = os.environ.get("EQ_KNOWN_HOSTS", "/etc/eqpush/known_hosts")
PUSH_USER = os.environ.get("EQ_PUSH_USER", "rcpdeploy")
PUSH_KEY = os.environ.get("EQ_PUSH_KEY", "/etc/eqpush/id_ed25519")


def open_client(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=PUSH_USER, key_filename=PUSH_KEY, timeout=15,
                   allow_agent=False, look_for_keys=False)
    return client


def push_recipe(host: str, local_file: Path, remote_dir: str) -> str:
    remote_path = posixpath.join(remote_dir, local_file.name)
    tmp_path = remote_path + ".part"
    with open_client(host) as client, client.open_sftp() as sftp:
        sftp.put(str(local_file), tmp_path)
        sftp.posix_rename(tmp_path, remote_path)
    log.info("pushed %s to %s:%s", local_file.name, host, remote_path)
    return remote_path
