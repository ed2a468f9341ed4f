"""Pulls price and lead-time files from the yarn supplier's SFTP server.

Our polyester and nylon yarn supplier publishes a daily CSV of prices and
lead times; purchasing uses it to plan production runs two weeks ahead.
"""
import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

FILE_PATTERN = re.compile(r"^(prices|leadtimes)_\d{8}\.csv$")


@dataclass
class SftpConfig:
    host: str
    username: str
    password: str = field(repr=False)
    port: int = 22
    remote_dir: str = "/outbound"

    @classmethod
    def from_env(cls) -> "SftpConfig":
        return cls(
            host=os.environ["YARN_SFTP_HOST"],
            username=os.environ["YARN_SFTP_USER"],
            password=os.environ["YARN_SFTP_PASSWORD"],
        )


def pull_supplier_files(config: SftpConfig, local_dir: Path) -> list[Path]:
    log.info("Fetching supplier files with %s", config)
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(config.host, port=config.port, username=config.username, password=config.password)
    fetched = []
    try:
        sftp = client.open_sftp()
        for name in sftp.listdir(config.remote_dir):
            if not FILE_PATTERN.match(name):
                continue
            target = local_dir / name
            sftp.get(f"{config.remote_dir}/{name}", str(target))
            fetched.append(target)
    finally:
        client.close()
    log.info("Fetched %d files from %s", len(fetched), config.host)
    return fetched
