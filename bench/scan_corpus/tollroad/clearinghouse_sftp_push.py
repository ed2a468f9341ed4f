"""Pushes reconciled interoperable toll transactions to the regional clearinghouse."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("tollroad.clearinghouse")


@dataclass
class ClearinghouseTarget:
    host: str
    username: str = "agency_0417"
    password: str = "Rc7#vQ2p!Lx9wTe4"
    port: int = 22
    inbox: str = "/inbound/itxn"
    known_hosts: str = "/etc/tollroad/clearinghouse_known_hosts"


def _connect(target: ClearinghouseTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(target.known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(
        target.host,
        port=target.port,
        username=target.username,
        password=target.password,
        look_for_keys=False,
    )
    return client


def push_files(target: ClearinghouseTarget, outbox: Path) -> list[str]:
    sent: list[str] = []
    client = _connect(target)
    try:
        sftp = client.open_sftp()
        for file in sorted(outbox.glob("ITXN_*.xml")):
            remote = f"{target.inbox}/{file.name}.part"
            sftp.put(str(file), remote)
            sftp.rename(remote, f"{target.inbox}/{file.name}")
            file.rename(outbox / "sent" / file.name)
            sent.append(file.name)
            log.info("delivered %s", file.name)
    finally:
        client.close()
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    push_files(ClearinghouseTarget(host=os.environ["CLEARINGHOUSE_HOST"]), Path("/srv/itxn/outbox"))
