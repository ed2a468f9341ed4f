"""Exchanges purchase orders and dispatch advices with the frozen-goods
supplier over SFTP. Orders are uploaded as CSV; advices are collected
from the supplier's outbox.
"""
import logging
import os
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass
class SftpSettings:
    host: str = field(default_factory=lambda: os.environ["FROZEN_SFTP_HOST"])
    port: int = 22
    username: str = field(default_factory=lambda: os.environ["FROZEN_SFTP_USER"])
    password: str = field(default_factory=lambda: os.environ["FROZEN_SFTP_PASSWORD"], repr=False)
    known_hosts: str = "/etc/chandler/known_hosts"
    inbox: str = "/in/orders"
    outbox: str = "/out/advices"


def _connect(settings: SftpSettings) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(settings.known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to supplier SFTP %s@%s:%d", settings.username, settings.host, settings.port)
    client.connect(
        settings.host,
        port=settings.port,
        username=settings.username,
        password=settings.password,
        look_for_keys=False,
        allow_agent=False,
    )
    return client


def exchange(settings: SftpSettings, outgoing: list[Path], download_dir: Path) -> list[Path]:
    received: list[Path] = []
    client = _connect(settings)
    try:
        sftp = client.open_sftp()
        for order_file in outgoing:
            sftp.put(str(order_file), posixpath.join(settings.inbox, order_file.name))
            log.info("uploaded purchase order %s", order_file.name)
        for name in sftp.listdir(settings.outbox):
            if not name.endswith(".csv"):
                continue
            local = download_dir / Path(name).name
            sftp.get(posixpath.join(settings.outbox, name), str(local))
            received.append(local)
        log.info("collected %d dispatch advices", len(received))
    finally:
        client.close()
    return received
