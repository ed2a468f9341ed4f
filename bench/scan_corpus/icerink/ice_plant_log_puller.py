"""Pulls compressor and brine-pump logs from the ice-plant controller over SSH."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("iceplant.logs")


@dataclass(frozen=True)
class ControllerTarget:
    host: str
    username: str
    key_file: Path
    known_hosts: Path
    remote_dir: str = "/var/log/plc"


class ControllerLogPuller:
    def __init__(self, target: ControllerTarget) -> None:
        self._target = target
        self._client = paramiko.SSHClient()
        self._client.load_host_keys(str(target.known_hosts))
        self._client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self) -> "ControllerLogPuller":
        self._client.connect(
            self._target.host,
            username=self._target.username,
            key_filename=str(self._target.key_file),
            look_for_keys=False,
            allow_agent=False,
            timeout=15,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def pull(self, dest: Path, suffix: str = ".log") -> list[Path]:
        dest.mkdir(parents=True, exist_ok=True)
        fetched: list[Path] = []
        with self._client.open_sftp() as sftp:
            for name in sftp.listdir(self._target.remote_dir):
                if not name.endswith(suffix) or "/" in name:
                    continue
                local = dest / name
                sftp.get(f"{self._target.remote_dir}/{name}", str(local))
                fetched.append(local)
        log.info("pulled %d log files from %s", len(fetched), self._target.host)
        return fetched


def target_from_env() -> ControllerTarget:
    return ControllerTarget(
        host=os.environ["ICE_PLANT_HOST"],
        username=os.environ.get("ICE_PLANT_USER", "plcread"),
        key_file=Path(os.environ["ICE_PLANT_SSH_KEY"]),
        known_hosts=Path(os.environ.get("ICE_PLANT_KNOWN_HOSTS", "/etc/rink/known_hosts")),
    )
