"""Push freight manifests to the harbour master's SFTP server.

The server's host key is pinned in a known_hosts file shipped with our
configuration; unknown or changed host keys abort the upload.
"""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class ManifestUploader:
    def __init__(self, host: str, username: str, key_path: str, known_hosts: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path
        self.known_hosts = known_hosts

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            passphrase=os.environ.get("HARBOUR_SFTP_KEY_PASSPHRASE"),
            look_for_keys=False,
            allow_agent=False,
            timeout=15,
        )
        return client

    def push(self, local_file: Path, remote_dir: str) -> str:
        remote_path = f"{remote_dir.rstrip('/')}/{local_file.name}"
        with self._client() as client, client.open_sftp() as sftp:
            sftp.put(str(local_file), remote_path, confirm=True)
        log.info("manifest %s delivered to %s:%s", local_file.name, self.host, remote_path)
        return remote_path
