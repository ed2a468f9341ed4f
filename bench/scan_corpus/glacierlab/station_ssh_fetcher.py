"""Pull new datalogger files from the station field computers over SFTP.

Run from cron on the camp gateway; files newer than the last sync are copied
into the local spool, from where the upload job ships them to the lab.
"""
from __future__ import annotations

import logging
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import paramiko

log = logging.getLogger("glacierlab.sftp")


@dataclass
class StationHost:
    station_id: str
    hostname: str
    username: str
    key_file: str
    remote_dir: str = "/data/logger"


class StationFetcher:
    def __init__(self, spool: Path, connect_timeout: float = 20.0) -> None:
        self.spool = spool
        self.connect_timeout = connect_timeout

    def _client(self, host: StationHost) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(
            host.hostname,
            username=host.username,
            key_filename=host.key_file,
            timeout=self.connect_timeout,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def fetch(self, host: StationHost, since: float) -> list[Path]:
        target_dir = self.spool / host.station_id
        target_dir.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        client = self._client(host)
        try:
            sftp = client.open_sftp()
            for entry in sftp.listdir_attr(host.remote_dir):
                if not stat.S_ISREG(entry.st_mode or 0) or (entry.st_mtime or 0) <= since:
                    continue
                name = PurePosixPath(entry.filename).name
                if name in ("", ".", ".."):
                    continue
                local = target_dir / name
                sftp.get(f"{host.remote_dir}/{name}", str(local))
                fetched.append(local)
            sftp.close()
        finally:
            client.close()
        log.info("station %s: fetched %d files", host.station_id, len(fetched))
        return fetched
