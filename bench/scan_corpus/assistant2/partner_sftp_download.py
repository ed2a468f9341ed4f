"""Fetch daily remittance files from the bank's SFTP server.

The bank's host key fingerprint is pinned in the ``known_hosts`` file that
ops deploys alongside the job (path in ``BANK_SFTP_KNOWN_HOSTS``).
"""
from __future__ import annotations

import fnmatch
import logging
import os
from pathlib import Path

import paramiko

logger = logging.getLogger(__name__)


class RemittanceFetcher:
    """Download new remittance files that match a glob pattern."""

    def __init__(self, local_dir: Path, pattern: str = "REM_*.csv") -> None:
        self.local_dir = local_dir
        self.pattern = pattern
        self.host = os.environ["BANK_SFTP_HOST"]
        self.port = int(os.environ.get("BANK_SFTP_PORT", "22"))
        self.username = os.environ["BANK_SFTP_USER"]
        self.key_file = os.environ["BANK_SFTP_KEY_FILE"]
        self.known_hosts = os.environ["BANK_SFTP_KNOWN_HOSTS"]

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=self.key_file,
            allow_agent=False,
            look_for_keys=False,
            timeout=30,
        )
        return client

    def fetch_new(self, remote_dir: str = "/outbound") -> list[Path]:
        """Download files not yet present locally; returns the new local paths."""
        self.local_dir.mkdir(parents=True, exist_ok=True)
        downloaded: list[Path] = []
        client = self._client()
        try:
            with client.open_sftp() as sftp:
                for name in sorted(sftp.listdir(remote_dir)):
                    if not fnmatch.fnmatch(name, self.pattern) or "/" in name:
                        continue
                    target = self.local_dir / name
                    if target.exists():
                        continue
                    sftp.get(f"{remote_dir}/{name}", str(target))
                    downloaded.append(target)
                    logger.info("downloaded remittance file %s", name)
        finally:
            client.close()
        return downloaded
