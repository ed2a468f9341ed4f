"""Mirrors high-resolution stamp scans to the photography studio's SFTP server."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("scans.mirror")


@dataclass
class MirrorSettings:
    host: str = field(default_factory=lambda: os.environ["SCAN_MIRROR_HOST"])
    port: int = 22
    username: str = field(default_factory=lambda: os.environ["SCAN_MIRROR_USER"])
    key_file: str = "/etc/auction/keys/scan_mirror_ed25519"
    remote_root: str = "/incoming/scans"
    host_key_policy: type = paramiko.AutoAddPolicy


class ScanMirror:
    def __init__(self, settings: MirrorSettings | None = None) -> None:
        self.settings = settings or MirrorSettings()
        self._client: paramiko.SSHClient | None = None

    def connect(self) -> paramiko.SFTPClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.settings.host_key_policy())
        client.connect(
            self.settings.host,
            port=self.settings.port,
            username=self.settings.username,
            key_filename=self.settings.key_file,
        )
        self._client = client
        return client.open_sftp()

    def _remote_files(self, sftp: paramiko.SFTPClient, sale_code: str) -> set[str]:
        remote_dir = f"{self.settings.remote_root}/{sale_code}"
        try:
            return {a.filename for a in sftp.listdir_attr(remote_dir) if stat.S_ISREG(a.st_mode)}
        except FileNotFoundError:
            sftp.mkdir(remote_dir)
            return set()

    def push_sale(self, sale_code: str, local_dir: Path) -> int:
        sftp = self.connect()
        try:
            existing = self._remote_files(sftp, sale_code)
            sent = 0
            for scan in sorted(local_dir.glob("*.tif")):
                if scan.name in existing:
                    continue
                sftp.put(str(scan), f"{self.settings.remote_root}/{sale_code}/{scan.name}")
                sent += 1
            log.info("mirrored %d scans for sale %s", sent, sale_code)
            return sent
        finally:
            sftp.close()
            if self._client:
                self._client.close()
