"""Nightly pull of lab result files from the reference laboratory SFTP.

The reference lab drops monthly bloods (Kt/V, haemoglobin, ferritin,
phosphate, PTH) as CSV files per clinic. This job downloads new files
into the import staging area for the results loader.
"""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("labs.sftp")


@dataclass
class LabSftpSettings:
    host: str
    username: str
    key_path: str
    remote_dir: str = "/outbound/results"
    port: int = 22


class LabResultFetcher:
    """Downloads result files not yet present in the staging directory."""

    host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 20

    def __init__(self, settings: LabSftpSettings, staging: Path) -> None:
        self._settings = settings
        self._staging = staging

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self._settings.host,
            port=self._settings.port,
            username=self._settings.username,
            key_filename=self._settings.key_path,
            timeout=self.connect_timeout,
        )
        return client

    def run(self) -> list[Path]:
        fetched: list[Path] = []
        with self._client() as client, client.open_sftp() as sftp:
            for entry in sftp.listdir_attr(self._settings.remote_dir):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                    continue
                local = self._staging / os.path.basename(entry.filename)
                if local.exists():
                    continue
                sftp.get(f"{self._settings.remote_dir}/{entry.filename}", str(local))
                log.info("fetched %s (%d bytes)", entry.filename, entry.st_size)
                fetched.append(local)
        return fetched
