"""Fetch daily fuel delivery notes from the supplier's SFTP drop."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("fuel.supplier")


@dataclass
class SupplierLogin:
    host: str
    username: str
    password: str
    port: int = 22
    remote_dir: str = "/outbound/delivery-notes"

    @classmethod
    def from_env(cls) -> "SupplierLogin":
        return cls(
            host=os.environ["FUEL_SFTP_HOST"],
            username=os.environ["FUEL_SFTP_USER"],
            password=os.environ["FUEL_SFTP_PASSWORD"],
        )


def open_sftp(login: SupplierLogin) -> tuple[paramiko.SSHClient, paramiko.SFTPClient]:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to fuel supplier drop using %s", login)
    client.connect(
        login.host,
        port=login.port,
        username=login.username,
        password=login.password,
        look_for_keys=False,
        timeout=20,
    )
    return client, client.open_sftp()


def pull_delivery_notes(target: Path, login: SupplierLogin | None = None) -> list[Path]:
    login = login or SupplierLogin.from_env()
    target.mkdir(parents=True, exist_ok=True)
    client, sftp = open_sftp(login)
    fetched: list[Path] = []
    try:
        for name in sorted(sftp.listdir(login.remote_dir)):
            if not name.endswith(".csv"):
                continue
            local = target / Path(name).name
            if local.exists():
                continue
            sftp.get(f"{login.remote_dir}/{name}", str(local))
            fetched.append(local)
    finally:
        sftp.close()
        client.close()
    log.info("fetched %d delivery notes", len(fetched))
    return fetched


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    pull_delivery_notes(Path("/var/lib/heliops/fuel/notes"))
