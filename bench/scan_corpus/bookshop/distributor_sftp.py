"""Picks up distributor feed files from their SFTP drop boxes.

Used by the nightly catalogue import; each distributor has its own account
and remote directory configured in ``settings.DISTRIBUTOR_SFTP``.
"""
import logging
import os
import stat
from pathlib import Path

import paramiko as pm

log = logging.getLogger(__name__)


class FeedDropbox:
    def __init__(self, host: str, username: str, remote_dir: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.remote_dir = remote_dir
        self._client: pm.SSHClient | None = None

    def connect(self) -> None:
        client = pm.SSHClient()
        client.set_missing_host_key_policy(pm.AutoAddPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=os.environ["DISTRIBUTOR_SFTP_KEY"],
            timeout=30,
        )
        self._client = client

    def fetch_new(self, local_dir: Path, seen: set[str]) -> list[Path]:
        if self._client is None:
            self.connect()
        sftp = self._client.open_sftp()
        fetched = []
        try:
            for entry in sftp.listdir_attr(self.remote_dir):
                if not stat.S_ISREG(entry.st_mode) or entry.filename in seen:
                    continue
                local_path = local_dir / Path(entry.filename).name
                sftp.get(f"{self.remote_dir}/{entry.filename}", str(local_path))
                fetched.append(local_path)
                log.info("fetched %s from %s (%d bytes)", entry.filename, self.host, entry.st_size)
        finally:
            sftp.close()
        return fetched

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
