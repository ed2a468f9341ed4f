"""Publishes processed survey rasters to the partner university's SFTP drop.

The university's peat hydrology group models water-table response from our
DSMs; they take deliveries over SFTP with a per-partner account.
"""
from __future__ import annotations

import logging
import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import paramiko

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SftpTarget:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["PARTNER_SFTP_HOST"],
            port=int(os.environ.get("PARTNER_SFTP_PORT", "22")),
            username=os.environ["PARTNER_SFTP_USER"],
            password=os.environ["PARTNER_SFTP_PASSWORD"],
            remote_dir=os.environ.get("PARTNER_SFTP_DIR", "/incoming/peatbog"),
        )


class SurveyPublisher:
    def __init__(self, target: SftpTarget, known_hosts: str = "~/.ssh/known_hosts") -> None:
        self.target = target
        self.client = paramiko.SSHClient()
        self.client.load_host_keys(os.path.expanduser(known_hosts))
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def connect(self) -> paramiko.SFTPClient:
        t = self.target
        try:
            self.client.connect(
                t.host, port=t.port, username=t.username, password=t.password,
                look_for_keys=False, allow_agent=False, timeout=30,
            )
        except paramiko.AuthenticationException:
            log.error("SFTP login refused for %s:%s@%s:%d", t.username, t.password, t.host, t.port)
            raise
        return self.client.open_sftp()

    def publish(self, files: Iterable[Path], flight_ref: str) -> int:
        sftp = self.connect()
        count = 0
        try:
            remote_flight = posixpath.join(self.target.remote_dir, flight_ref)
            try:
                sftp.mkdir(remote_flight)
            except IOError:
                pass
            for path in files:
                remote = posixpath.join(remote_flight, path.name)
                sftp.put(str(path), remote + ".part")
                sftp.posix_rename(remote + ".part", remote)
                log.info("published %s to %s", path.name, remote)
                count += 1
        finally:
            sftp.close()
            self.client.close()
        return count
