"""Push outgoing transmittals to a consultant's SFTP server.

Host keys for each consultant are pinned in the known_hosts file managed
by the infrastructure repo; unknown hosts are refused.
"""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = Path(os.environ.get("TRANSMITTAL_KNOWN_HOSTS", "/etc/sitehub/known_hosts"))


class TransmittalUploader:
    def __init__(self, host: str, username: str, key_path: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_path,
            look_for_keys=False,
            allow_agent=False,
            timeout=30,
        )
        return client

    def upload(self, files: list[Path], remote_dir: str) -> int:
        client = self._client()
        try:
            sftp = client.open_sftp()
            for f in files:
                remote = f"{remote_dir.rstrip('/')}/{f.name}"
                sftp.put(str(f), remote)
                log.info("uploaded %s to %s:%s", f.name, self.host, remote)
            return len(files)
        finally:
            client.close()
