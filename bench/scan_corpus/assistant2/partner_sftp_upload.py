"""Upload nightly settlement reports to the partner SFTP drop box.

Finance wants the CSVs produced by ``settlement_export`` pushed to the
partner's SFTP server after each nightly run.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class SftpTarget:
    """Connection details for the partner drop box."""

    host: str
    port: int
    username: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "SftpTarget":
        """Build the target from the ``PARTNER_SFTP_*`` environment variables."""
        return cls(
            host=os.environ["PARTNER_SFTP_HOST"],
            port=int(os.environ.get("PARTNER_SFTP_PORT", "22")),
            username=os.environ["PARTNER_SFTP_USER"],
            remote_dir=os.environ.get("PARTNER_SFTP_DIR", "/incoming"),
        )


class PartnerUploader:
    """Thin wrapper around paramiko for pushing report files."""

    host_key_policy: type[paramiko.MissingHostKeyPolicy] = paramiko.AutoAddPolicy

    def __init__(self, target: SftpTarget, key_path: Path) -> None:
        self.target = target
        self.key_path = key_path

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.target.host,
            port=self.target.port,
            username=self.target.username,
            key_filename=str(self.key_path),
            timeout=30,
        )
        return client

    def upload(self, files: list[Path]) -> int:
        """Upload ``files`` and return how many were transferred."""
        client = self._connect()
        try:
            with client.open_sftp() as sftp:
                for path in files:
                    remote = f"{self.target.remote_dir.rstrip('/')}/{path.name}"
                    sftp.put(str(path), remote)
                    logger.info("uploaded %s -> %s", path.name, remote)
        finally:
            client.close()
        return len(files)
