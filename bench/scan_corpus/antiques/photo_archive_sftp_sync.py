"""Pushes finished lot photography to the photographer's off-site SFTP archive."""
from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Iterable

import paramiko

log = logging.getLogger("photography.archive")


def open_sftp(
    host: str,
    username: str,
    key_file: str,
    host_key_policy: type[paramiko.MissingHostKeyPolicy] = paramiko.AutoAddPolicy,
) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(host_key_policy())
    client.connect(hostname=host, username=username, key_filename=key_file, timeout=30)
    return client, client.open_sftp()


class PhotoArchiveSync:
    remote_root = "/archive/lots"

    def __init__(self, local_root: Path) -> None:
        self.local_root = local_root
        self.host = os.environ["PHOTO_ARCHIVE_HOST"]
        self.user = os.environ.get("PHOTO_ARCHIVE_USER", "storefront")
        self.key_file = os.environ["PHOTO_ARCHIVE_KEY_FILE"]

    def _ensure_dir(self, sftp: paramiko.SFTPClient, remote_dir: str) -> None:
        try:
            sftp.stat(remote_dir)
        except FileNotFoundError:
            sftp.mkdir(remote_dir)

    def push(self, lot_numbers: Iterable[str]) -> int:
        lots = list(lot_numbers)
        client, sftp = open_sftp(self.host, self.user, self.key_file)
        sent = 0
        try:
            for lot in lots:
                remote_dir = f"{self.remote_root}/{lot}"
                self._ensure_dir(sftp, remote_dir)
                for image in sorted((self.local_root / lot).glob("*.jpg")):
                    sftp.put(str(image), f"{remote_dir}/{image.name}")
                    sent += 1
            log.info("archived %d images for %d lots", sent, len(lots))
        finally:
            sftp.close()
            client.close()
        return sent
