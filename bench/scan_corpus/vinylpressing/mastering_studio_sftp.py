"""Fetches finished masters from the partner mastering studio's SFTP drop."""
from __future__ import annotations

import logging
import os
import posixpath
import stat
from dataclasses import dataclass

import paramiko

log = logging.getLogger("cutting.sftp")


@dataclass(frozen=True)
class StudioDrop:
    host: str
    username: str = "pressing-plant"
    password: str = "Gr00ve-Lacquer!2023"
    port: int = 22
    remote_dir: str = "/outgoing/plant"
    known_hosts: str = os.path.expanduser("~/.ssh/known_hosts")

    @classmethod
    def from_env(cls) -> "StudioDrop":
        return cls(host=os.environ["STUDIO_SFTP_HOST"])


class StudioDropClient:
    def __init__(self, drop: StudioDrop) -> None:
        self._drop = drop
        self._ssh = paramiko.SSHClient()
        self._ssh.load_system_host_keys()
        self._ssh.load_host_keys(drop.known_hosts)
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self) -> "StudioDropClient":
        self._ssh.connect(
            self._drop.host,
            port=self._drop.port,
            username=self._drop.username,
            password=self._drop.password,
            look_for_keys=False,
            allow_agent=False,
            timeout=20,
        )
        self._sftp = self._ssh.open_sftp()
        return self

    def __exit__(self, *exc) -> None:
        self._sftp.close()
        self._ssh.close()

    def pending(self) -> list[str]:
        names = []
        for entry in self._sftp.listdir_attr(self._drop.remote_dir):
            if stat.S_ISREG(entry.st_mode) and entry.filename.endswith(".zip"):
                names.append(entry.filename)
        return sorted(names)

    def fetch(self, name: str, local_dir: str) -> str:
        if "/" in name or name.startswith("."):
            raise ValueError(f"unexpected remote name {name!r}")
        remote = posixpath.join(self._drop.remote_dir, name)
        local = os.path.join(local_dir, name)
        self._sftp.get(remote, local)
        self._sftp.rename(remote, posixpath.join(self._drop.remote_dir, "fetched", name))
        log.info("fetched %s from studio drop", name)
        return local


def sync(local_dir: str) -> list[str]:
    with StudioDropClient(StudioDrop.from_env()) as client:
        return [client.fetch(name, local_dir) for name in client.pending()]
