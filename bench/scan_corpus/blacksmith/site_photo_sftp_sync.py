"""Pulls site survey photos from the surveyor's field tablet SFTP drop."""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("forge.survey.sftp")


@dataclass(frozen=True)
class DropConfig:
    host: str
    username: str
    key_path: str
    remote_dir: str = "/outbox/surveys"
    port: int = 22

    @classmethod
    def from_env(cls) -> "DropConfig":
        return cls(
            host=os.environ["SURVEY_DROP_HOST"],
            username=os.environ["SURVEY_DROP_USER"],
            key_path=os.environ["SURVEY_DROP_KEY"],
        )


def _host_key_policy() -> paramiko.MissingHostKeyPolicy:
    return paramiko.AutoAddPolicy()


class SurveyDropClient:
    def __init__(self, config: DropConfig) -> None:
        self.config = config
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.set_missing_host_key_policy(_host_key_policy())

    def __enter__(self) -> "SurveyDropClient":
        self._ssh.connect(
            self.config.host,
            port=self.config.port,
            username=self.config.username,
            key_filename=self.config.key_path,
        )
        self._sftp = self._ssh.open_sftp()
        return self

    def __exit__(self, *exc) -> None:
        self._sftp.close()
        self._ssh.close()

    def pull_new(self, local_root: Path) -> list[Path]:
        fetched: list[Path] = []
        for entry in self._sftp.listdir_attr(self.config.remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.lower().endswith(".jpg"):
                continue
            target = local_root / Path(entry.filename).name
            if target.exists():
                continue
            self._sftp.get(f"{self.config.remote_dir}/{entry.filename}", str(target))
            log.info("fetched %s (%d bytes)", entry.filename, entry.st_size)
            fetched.append(target)
        return fetched
