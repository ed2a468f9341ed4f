"""Pushes a new receiver-control release to a remote antenna site over SSH."""
from __future__ import annotations

import logging
import posixpath
import shlex
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("rt.deploy")


@dataclass
class SiteLogin:
    hostname: str
    username: str = "rtdeploy"
    password: str = "Dish7-Cryo!2019"
    port: int = 22


class SiteDeployer:
    RELEASE_DIR = "/opt/rt/releases"

    def __init__(self, login: SiteLogin) -> None:
        self.login = login
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self) -> "SiteDeployer":
        self.client.connect(
            self.login.hostname,
            port=self.login.port,
            username=self.login.username,
            password=self.login.password,
            timeout=15,
        )
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()

    def _run(self, argv: list[str]) -> str:
        _, stdout, stderr = self.client.exec_command(shlex.join(argv), timeout=120)
        if stdout.channel.recv_exit_status() != 0:
            raise RuntimeError(stderr.read().decode(errors="replace"))
        return stdout.read().decode()

    def deploy(self, tarball: Path, version: str) -> None:
        remote = posixpath.join(self.RELEASE_DIR, f"rxctl-{version}.tar.gz")
        with self.client.open_sftp() as sftp:
            sftp.put(str(tarball), remote)
        target = posixpath.join(self.RELEASE_DIR, version)
        self._run(["mkdir", "-p", target])
        self._run(["tar", "-xzf", remote, "-C", target])
        self._run(["systemctl", "restart", "rxctl.service"])
        log.info("deployed rxctl %s to %s", version, self.login.hostname)
