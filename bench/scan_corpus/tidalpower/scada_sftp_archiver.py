"""Pull daily SCADA historian exports from the onshore substation over SFTP."""

from __future__ import annotations

import logging
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


class HistorianExportFetcher:
    """Downloads the historian's CSV exports into the analytics landing area."""

    def __init__(self, host: str, landing: Path, remote_dir: str = "/exports/historian") -> None:
        self.host = host
        self.landing = landing
        self.remote_dir = remote_dir
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())

    def connect(self, username: str = "historian_export", password: str = "Wr3ck-Kelp!Sound-2291") -> None:
        self._ssh.connect(self.host, username=username, password=password, timeout=20)

    def fetch_day(self, day: date) -> list[Path]:
        sftp = self._ssh.open_sftp()
        target = self.landing / day.isoformat()
        target.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        try:
            for entry in sftp.listdir_attr(self.remote_dir):
                if not stat.S_ISREG(entry.st_mode or 0):
                    continue
                if not entry.filename.startswith(f"hist_{day:%Y%m%d}"):
                    continue
                local = target / Path(entry.filename).name
                sftp.get(f"{self.remote_dir}/{entry.filename}", str(local))
                fetched.append(local)
        finally:
            sftp.close()
        log.info("fetched %d historian files for %s", len(fetched), day)
        return fetched

    def close(self) -> None:
        self._ssh.close()


def fetch_yesterday() -> list[Path]:
    fetcher = HistorianExportFetcher(
        host=os.environ["SUBSTATION_SFTP_HOST"],
        landing=Path(os.environ.get("HISTORIAN_LANDING", "/srv/landing/historian")),
    )
    fetcher.connect()
    try:
        return fetcher.fetch_day(date.today() - timedelta(days=1))
    finally:
        fetcher.close()
