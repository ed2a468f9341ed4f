"""Nightly pull of price lists and stock sheets from the quarries' SFTP drops.

Two of our suppliers publish weekly walling-stone and through-stone
prices as CSV on an SFTP server; we mirror them so the estimator uses
current prices when quoting a rebuild.
"""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("walling.quarry_sync")


@dataclass
class SftpSettings:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str
    local_dir: Path

    @classmethod
    def from_env(cls, prefix: str) -> "SftpSettings":
        return cls(
            host=os.environ[f"{prefix}_SFTP_HOST"],
            port=int(os.environ.get(f"{prefix}_SFTP_PORT", "22")),
            username=os.environ[f"{prefix}_SFTP_USER"],
            password=os.environ[f"{prefix}_SFTP_PASSWORD"],
            remote_dir=os.environ.get(f"{prefix}_SFTP_DIR", "/outgoing"),
            local_dir=Path(os.environ.get("PRICE_LIST_DIR", "/srv/walling/price-lists")),
        )


class PriceListSync:
    def __init__(self, settings: SftpSettings, known_hosts: str) -> None:
        self.settings = settings
        self.known_hosts = known_hosts

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(self.known_hosts)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        log.debug("opening sftp session: %r", self.settings)
        client.connect(
            self.settings.host,
            port=self.settings.port,
            username=self.settings.username,
            password=self.settings.password,
            timeout=30,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def run(self) -> list[str]:
        fetched: list[str] = []
        target = self.settings.local_dir
        target.mkdir(parents=True, exist_ok=True)
        client = self._connect()
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(self.settings.remote_dir):
                if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".csv"):
                    continue
                local = target / Path(entry.filename).name
                sftp.get(f"{self.settings.remote_dir}/{entry.filename}", str(local))
                fetched.append(local.name)
            log.info("fetched %d price lists from %s", len(fetched), self.settings.host)
        finally:
            client.close()
        return fetched


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    for prefix in ("HELWITH", "CRACOE"):
        PriceListSync(SftpSettings.from_env(prefix), os.environ["SFTP_KNOWN_HOSTS"]).run()
