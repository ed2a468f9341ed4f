"""Uploads lacquer-cut audio and label artwork to the pressing plant's SFTP drop.

The plant gives each label an SFTP login; host keys are pinned in the
label's known_hosts file.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("pressing.sftp")


@dataclass(frozen=True)
class PlantLogin:
    host: str
    port: int
    username: str
    password: str
    known_hosts: str

    @classmethod
    def from_env(cls) -> "PlantLogin":
        return cls(
            host=os.environ["PLANT_SFTP_HOST"],
            port=int(os.environ.get("PLANT_SFTP_PORT", "22")),
            username=os.environ["PLANT_SFTP_USER"],
            password=os.environ["PLANT_SFTP_PASSWORD"],
            known_hosts=os.environ.get("PLANT_KNOWN_HOSTS", "/etc/label/known_hosts"),
        )


class PlantUploader:
    def __init__(self, login: PlantLogin) -> None:
        self.login = login
        self.client = paramiko.SSHClient()
        self.client.load_host_keys(login.known_hosts)
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def connect(self) -> paramiko.SFTPClient:
        try:
            self.client.connect(
                self.login.host,
                port=self.login.port,
                username=self.login.username,
                password=self.login.password,
                look_for_keys=False,
                allow_agent=False,
                timeout=30,
            )
        except paramiko.AuthenticationException as exc:
            login = f"{self.login.username}:{self.login.password}@{self.login.host}"
            raise RuntimeError(f"pressing plant rejected login {login}") from exc
        return self.client.open_sftp()

    def upload_order(self, order_no: str, files: list[Path]) -> list[str]:
        sftp = self.connect()
        remote_dir = f"/incoming/{order_no}"
        try:
            try:
                sftp.mkdir(remote_dir)
            except IOError:
                log.info("remote folder %s already exists", remote_dir)
            uploaded = []
            for local in files:
                remote = f"{remote_dir}/{local.name}"
                sftp.put(str(local), remote)
                uploaded.append(remote)
                log.info("uploaded %s for order %s", local.name, order_no)
            return uploaded
        finally:
            sftp.close()
            self.client.close()
