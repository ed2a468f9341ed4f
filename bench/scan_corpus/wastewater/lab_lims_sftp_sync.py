"""Collect finished sample result files from the contract laboratory's SFTP drop box."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("lims.sftp")


@dataclass
class LimsDropbox:
    host: str
    username: str
    password: str
    remote_dir: str = "/outbound/results"
    port: int = 22

    @classmethod
    def from_env(cls) -> "LimsDropbox":
        return cls(
            host=os.environ["LIMS_SFTP_HOST"],
            username=os.environ["LIMS_SFTP_USER"],
            password=os.environ["LIMS_SFTP_PASSWORD"],
        )


class ResultPuller:
    def __init__(self, dropbox: LimsDropbox, local_dir: Path) -> None:
        self.dropbox = dropbox
        self.local_dir = local_dir
        self.local_dir.mkdir(parents=True, exist_ok=True)

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        try:
            client.connect(
                self.dropbox.host,
                port=self.dropbox.port,
                username=self.dropbox.username,
                password=self.dropbox.password,
                timeout=15,
                look_for_keys=False,
            )
        except (paramiko.SSHException, OSError):
            log.exception("LIMS drop box connection failed using %r", self.dropbox)
            raise
        return client

    def pull(self) -> list[Path]:
        fetched: list[Path] = []
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(self.dropbox.remote_dir):
                name = Path(entry.filename).name
                if not name.endswith(".csv"):
                    continue
                target = self.local_dir / name
                sftp.get(f"{self.dropbox.remote_dir}/{name}", str(target))
                sftp.rename(
                    f"{self.dropbox.remote_dir}/{name}",
                    f"{self.dropbox.remote_dir}/archive/{name}",
                )
                fetched.append(target)
        finally:
            client.close()
        log.info("pulled %d lab result files", len(fetched))
        return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    ResultPuller(LimsDropbox.from_env(), Path("/srv/lims/incoming")).pull()
