"""Delivers DDEX packages to a DSP's SFTP ingestion endpoint.

Some smaller DSPs still take deliveries over SFTP with key authentication;
their host keys are pinned in the label's known_hosts.
"""
from __future__ import annotations

import io
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("delivery.sftp")


@dataclass(frozen=True)
class SftpTarget:
    name: str
    host: str
    port: int
    username: str
    key_path: str
    key_passphrase: str | None
    remote_root: str


def target_from_env(prefix: str) -> SftpTarget:
    return SftpTarget(
        name=prefix.lower(),
        host=os.environ[f"{prefix}_SFTP_HOST"],
        port=int(os.environ.get(f"{prefix}_SFTP_PORT", "22")),
        username=os.environ[f"{prefix}_SFTP_USER"],
        key_path=os.environ[f"{prefix}_SFTP_KEY"],
        key_passphrase=os.environ.get(f"{prefix}_SFTP_KEY_PASSPHRASE"),
        remote_root=os.environ.get(f"{prefix}_SFTP_ROOT", "/inbox"),
    )


def deliver_package(target: SftpTarget, package_dir: Path) -> int:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    pkey = paramiko.Ed25519Key.from_private_key_file(target.key_path, password=target.key_passphrase)
    log.info("connecting to %s as %s@%s:%d", target.name, target.username, target.host, target.port)
    try:
        client.connect(target.host, port=target.port, username=target.username, pkey=pkey,
                       look_for_keys=False, allow_agent=False, timeout=30)
    except paramiko.AuthenticationException as exc:
        raise RuntimeError(
            f"{target.name}: key authentication failed for {target.username}@{target.host}"
        ) from exc

    sent = 0
    sftp = client.open_sftp()
    try:
        remote_dir = f"{target.remote_root}/{package_dir.name}"
        sftp.mkdir(remote_dir)
        for path in sorted(package_dir.iterdir()):
            if path.is_file():
                sftp.put(str(path), f"{remote_dir}/{path.name}")
                sent += 1
        sftp.putfo(io.BytesIO(b""), f"{remote_dir}/delivery.complete")
        log.info("delivered %d files of %s to %s", sent, package_dir.name, target.name)
    finally:
        sftp.close()
        client.close()
    return sent
