"""Uploads export documents to the freight forwarder's SFTP drop.

The forwarder's customs broker picks up the commercial invoice, packing list
and certificate of origin from their SFTP server before the truck leaves.
"""
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import paramiko

log = logging.getLogger("forwarder_sftp")


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
            host=os.environ["FORWARDER_SFTP_HOST"],
            port=int(os.environ.get("FORWARDER_SFTP_PORT", "22")),
            username=os.environ["FORWARDER_SFTP_USER"],
            password=os.environ["FORWARDER_SFTP_PASSWORD"],
            remote_dir=os.environ.get("FORWARDER_SFTP_DIR", "/inbound/saltpan"),
        )


def upload_documents(target: SftpTarget, shipment_no: str, files: Iterable[Path]) -> int:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(os.path.expanduser("~/.ssh/known_hosts"))
    log.info("connecting to %s@%s:%d for shipment %s", target.username, target.host, target.port, shipment_no)
    try:
        client.connect(target.host, port=target.port, username=target.username,
                       password=target.password, look_for_keys=False, timeout=30)
    except paramiko.AuthenticationException:
        log.error("forwarder SFTP rejected login for user %s", target.username)
        raise
    sent = 0
    with client, client.open_sftp() as sftp:
        remote_folder = f"{target.remote_dir}/{shipment_no}"
        try:
            sftp.mkdir(remote_folder)
        except IOError:
            pass
        for path in files:
            sftp.put(str(path), f"{remote_folder}/{path.name}")
            log.info("uploaded %s (%d bytes)", path.name, path.stat().st_size)
            sent += 1
    return sent
