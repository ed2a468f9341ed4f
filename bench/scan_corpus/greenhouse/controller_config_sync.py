"""Pull climate-controller configuration files over SFTP for nightly backup."""
from __future__ import annotations

import logging
import pathlib
from dataclasses import dataclass

from paramiko import SSHClient, WarningPolicy as _HostPolicy
from paramiko.ssh_exception import SSHException

log = logging.getLogger(__name__)


@dataclass
class ControllerTarget:
    name: str
    host: str
    username: str
    key_file: str
    remote_dir: str = "/opt/climate/etc"


def _connect(target: ControllerTarget) -> SSHClient:
    client = SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(_HostPolicy())
    client.connect(
        target.host,
        username=target.username,
        key_filename=target.key_file,
        timeout=15,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def backup_controller(target: ControllerTarget, dest_root: pathlib.Path) -> list[pathlib.Path]:
    dest = dest_root / target.name
    dest.mkdir(parents=True, exist_ok=True)
    saved: list[pathlib.Path] = []
    try:
        client = _connect(target)
    except SSHException as exc:
        log.error("could not reach %s: %s", target.name, exc)
        return saved
    with client:
        sftp = client.open_sftp()
        for entry in sftp.listdir_attr(target.remote_dir):
            if not entry.filename.endswith((".cfg", ".json")):
                continue
            local = dest / pathlib.PurePosixPath(entry.filename).name
            sftp.get(f"{target.remote_dir}/{entry.filename}", str(local))
            saved.append(local)
    log.info("backed up %d files from %s", len(saved), target.name)
    return saved
