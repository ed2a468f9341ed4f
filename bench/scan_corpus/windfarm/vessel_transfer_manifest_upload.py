"""Uploads daily crew-transfer-vessel manifests to the marine coordination SFTP."""

from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass
from datetime import date

import paramiko

log = logging.getLogger("marine.manifest")


@dataclass
class SftpTarget:
    host: str
    port: int
    username: str
    password: str
    remote_dir: str = "/inbound/manifests"

    @classmethod
    def from_env(cls) -> "SftpTarget":
        return cls(
            host=os.environ["MARINE_SFTP_HOST"],
            port=int(os.environ.get("MARINE_SFTP_PORT", "22")),
            username=os.environ["MARINE_SFTP_USER"],
            password=os.environ["MARINE_SFTP_PASSWORD"],
        )


def render_manifest(transfers: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["vessel", "turbine", "crew", "depart", "return"])
    writer.writeheader()
    writer.writerows(transfers)
    return buf.getvalue().encode("utf-8")


def upload_manifest(day: date, transfers: list[dict], target: SftpTarget) -> str:
    log.info("uploading %d transfers for %s to %s", len(transfers), day, target)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(target.host, port=target.port, username=target.username,
                   password=target.password, timeout=20)
    try:
        sftp = client.open_sftp()
        remote = f"{target.remote_dir}/ctv_{day:%Y%m%d}.csv"
        sftp.putfo(io.BytesIO(render_manifest(transfers)), remote)
        return remote
    finally:
        client.close()
