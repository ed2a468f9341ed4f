"""Fetches proof-of-delivery photo batches from the courier's SFTP server."""
from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import paramiko

log = logging.getLogger("logistics.pod_fetch")

KNOWN_HOSTS = Path(os.environ.get("COURIER_KNOWN_HOSTS", "/etc/mealkit/courier_known_hosts"))
LOCAL_INBOX = Path(os.environ.get("POD_INBOX", "/srv/logistics/pod_inbox"))


class PodFetcher:
    def __init__(self, host: str, username: str, key_file: str, port: int = 22) -> None:
        self.host = host
        self.port = port
        self.username = username
        self.key = paramiko.RSAKey.from_private_key_file(key_file)

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            pkey=self.key,
            timeout=20,
            look_for_keys=False,
            allow_agent=False,
        )
        return client

    def fetch_new(self, remote_dir: str = "/outbound/pod") -> list[Path]:
        LOCAL_INBOX.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(remote_dir):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".zip"):
                    continue
                local = LOCAL_INBOX / Path(entry.filename).name
                if local.exists():
                    continue
                sftp.get(f"{remote_dir}/{entry.filename}", str(local))
                fetched.append(local)
                log.info("fetched %s (%d bytes)", local.name, entry.st_size)
        finally:
            client.close()
        return fetched
