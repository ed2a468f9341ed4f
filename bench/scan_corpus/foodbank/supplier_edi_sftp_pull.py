"""Pull advance shipping notices from supermarket surplus suppliers over SFTP.

Each supplier drops EDI files into an outbox; the nightly job downloads new
files into the inbound folder for the warehouse receiving team.
"""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger("edi.sftp")

_HOST_KEY_POLICIES = {
    "auto-add": paramiko.AutoAddPolicy,
    "reject": paramiko.RejectPolicy,
    "warn": paramiko.WarningPolicy,
}


@dataclass
class SupplierEndpoint:
    name: str
    host: str
    username: str
    key_path: str
    remote_dir: str = "/outbox"
    port: int = 22
    host_key_mode: str = "auto-add"


def _connect(endpoint: SupplierEndpoint) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(_HOST_KEY_POLICIES[endpoint.host_key_mode]())
    client.connect(
        endpoint.host,
        port=endpoint.port,
        username=endpoint.username,
        key_filename=endpoint.key_path,
        timeout=30,
    )
    return client


def pull_new_files(endpoint: SupplierEndpoint, inbound: Path) -> list[Path]:
    target = inbound / endpoint.name
    target.mkdir(parents=True, exist_ok=True)
    fetched: list[Path] = []
    client = _connect(endpoint)
    try:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(endpoint.remote_dir):
            if not stat.S_ISREG(entry.st_mode) or not entry.filename.endswith(".edi"):
                continue
            local = target / Path(entry.filename).name
            if local.exists():
                continue
            sftp.get(f"{endpoint.remote_dir}/{entry.filename}", str(local))
            fetched.append(local)
        log.info("pulled %d files from %s", len(fetched), endpoint.name)
    finally:
        client.close()
    return fetched


def endpoint_from_env(name: str) -> SupplierEndpoint:
    prefix = f"SUPPLIER_{name.upper()}_"
    return SupplierEndpoint(
        name=name,
        host=os.environ[prefix + "HOST"],
        username=os.environ[prefix + "USER"],
        key_path=os.environ[prefix + "KEY_PATH"],
    )
