"""Nightly sync of the access-control whitelist to on-site door controllers.

Each controller runs an embedded Linux image with an SSH daemon; the whitelist
is uploaded over SFTP and the reader daemon is told to reload it.
"""
from __future__ import annotations

import io
import json
import logging
import os
from dataclasses import dataclass, field

import paramiko

log = logging.getLogger("access.sync")


@dataclass
class ControllerTarget:
    hostname: str
    username: str = "accessd"
    port: int = 22
    whitelist_path: str = "/etc/accessd/whitelist.json"


@dataclass
class SyncOptions:
    key_file: str = field(default_factory=lambda: os.environ["DOOR_SYNC_KEY_FILE"])
    connect_timeout: float = 15.0
    host_key_policy: type[paramiko.MissingHostKeyPolicy] = paramiko.AutoAddPolicy
    reload_command: tuple[str, ...] = ("systemctl", "reload", "accessd")


def _open_client(target: ControllerTarget, options: SyncOptions) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(options.host_key_policy())
    client.connect(
        target.hostname,
        port=target.port,
        username=target.username,
        key_filename=options.key_file,
        timeout=options.connect_timeout,
    )
    return client


def push_whitelist(target: ControllerTarget, badge_ids: list[str], options: SyncOptions | None = None) -> None:
    options = options or SyncOptions()
    payload = json.dumps({"badges": sorted(set(badge_ids))}).encode()
    client = _open_client(target, options)
    try:
        with client.open_sftp() as sftp:
            sftp.putfo(io.BytesIO(payload), target.whitelist_path + ".new")
            sftp.posix_rename(target.whitelist_path + ".new", target.whitelist_path)
        _, stdout, _ = client.exec_command(" ".join(options.reload_command))
        status = stdout.channel.recv_exit_status()
        log.info("controller %s reloaded whitelist (%d badges, exit %d)", target.hostname, len(badge_ids), status)
    finally:
        client.close()


def sync_all(targets: list[ControllerTarget], badge_ids: list[str]) -> None:
    for target in targets:
        try:
            push_whitelist(target, badge_ids)
        except (paramiko.SSHException, OSError) as exc:
            log.error("sync to %s failed: %s", target.hostname, exc)
