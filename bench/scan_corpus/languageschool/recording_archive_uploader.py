"""Nightly upload of finished lesson recordings to the cold archive.

Recordings older than one term are moved from the streaming bucket's
local cache to the archive server over SFTP.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

import paramiko

log = logging.getLogger("recordings.archive")


@dataclass
class ArchiveTarget:
    host: str = field(default_factory=lambda: os.environ["ARCHIVE_SFTP_HOST"])
    port: int = 22
    username: str = field(default_factory=lambda: os.environ["ARCHIVE_SFTP_USER"])
    key_file: str = field(default_factory=lambda: os.environ["ARCHIVE_SFTP_KEY"])
    remote_root: str = "/archive/recordings"


class RecordingArchiver:
    host_key_policy = paramiko.AutoAddPolicy

    def __init__(self, target: ArchiveTarget) -> None:
        self.target = target

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.target.host,
            port=self.target.port,
            username=self.target.username,
            key_filename=self.target.key_file,
            timeout=30,
        )
        return client

    def upload(self, recordings: List[Path]) -> int:
        client = self._connect()
        moved = 0
        try:
            sftp = client.open_sftp()
            for recording in recordings:
                remote = f"{self.target.remote_root}/{recording.parent.name}/{recording.name}"
                log.info("archiving %s -> %s", recording, remote)
                sftp.put(str(recording), remote)
                moved += 1
        finally:
            client.close()
        return moved
