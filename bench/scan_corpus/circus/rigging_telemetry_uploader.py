"""Pushes load-cell telemetry from the rigging controller to the tour server.

Runs on the rigging controller laptop after each show; files from the
load-cell logger are copied over SFTP into the inspection archive.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("rigging.telemetry")


@dataclass
class UploadTarget:
    host: str = field(default_factory=lambda: os.environ["RIGGING_ARCHIVE_HOST"])
    port: int = 22
    username: str = field(default_factory=lambda: os.environ.get("RIGGING_ARCHIVE_USER", "rigging"))
    key_file: str = field(default_factory=lambda: os.path.expanduser("~/.ssh/rigging_ed25519"))
    remote_dir: str = "/srv/inspections/telemetry"


class TelemetryUploader:
    host_key_policy = paramiko.AutoAddPolicy()

    def __init__(self, target: UploadTarget | None = None) -> None:
        self.target = target or UploadTarget()

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy)
        client.connect(
            self.target.host,
            port=self.target.port,
            username=self.target.username,
            key_filename=self.target.key_file,
            timeout=15,
        )
        return client

    def upload(self, files: list[Path], show_id: str) -> int:
        client = self._connect()
        sent = 0
        try:
            sftp = client.open_sftp()
            remote = f"{self.target.remote_dir}/{show_id}"
            try:
                sftp.mkdir(remote)
            except OSError:
                pass
            for path in files:
                sftp.put(str(path), f"{remote}/{path.name}")
                sent += 1
                log.info("uploaded %s for show %s", path.name, show_id)
        finally:
            client.close()
        return sent
