"""Delivers the payroll CSV to the bureau's SFTP drop.

The bureau collects the period file from their SFTP server. Credentials come
from the secrets manager; the bureau's host key is pinned in known_hosts.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import boto3
import paramiko

log = logging.getLogger("payroll.sftp")


@dataclass
class SftpTarget:
    host: str
    port: int
    username: str
    password: str = field(repr=False)
    remote_dir: str = "/inbound"


def load_target(secret_id: str) -> SftpTarget:
    client = boto3.client("secretsmanager")
    secret = json.loads(client.get_secret_value(SecretId=secret_id)["SecretString"])
    return SftpTarget(
        host=secret["host"],
        port=int(secret.get("port", 22)),
        username=secret["username"],
        password=secret["password"],
        remote_dir=secret.get("remote_dir", "/inbound"),
    )


def deliver(local_file: Path, target: SftpTarget, known_hosts: str) -> str:
    ssh = paramiko.SSHClient()
    ssh.load_host_keys(known_hosts)
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.info("connecting to %s:%d as %s", target.host, target.port, target.username)
    ssh.connect(
        target.host,
        port=target.port,
        username=target.username,
        password=target.password,
        look_for_keys=False,
        allow_agent=False,
        timeout=30,
    )
    try:
        sftp = ssh.open_sftp()
        remote_path = f"{target.remote_dir.rstrip('/')}/{local_file.name}"
        sftp.put(str(local_file), remote_path)
        log.info("delivered %s (%d bytes) for %r", remote_path, local_file.stat().st_size, target)
        return remote_path
    finally:
        ssh.close()


if __name__ == "__main__":
    import sys

    tgt = load_target(os.environ["PAYROLL_SFTP_SECRET_ID"])
    print(deliver(Path(sys.argv[1]), tgt, os.environ.get("KNOWN_HOSTS", "/etc/ssh/ssh_known_hosts")))
