"""Pulls interlocking event logs from the depot signalling gateways over SSH/SFTP.

Runs nightly on the maintenance server; each gateway keeps a rolling set of
compressed event logs under /var/log/interlocking.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

import paramiko

log = logging.getLogger("depot.signalling.sync")


@dataclass
class GatewayTarget:
    name: str
    address: str
    port: int = 22
    username: str = "evlog"


@dataclass
class SyncConfig:
    key_file: Path = Path("/etc/tram-maint/keys/evlog_ed25519")
    remote_dir: str = "/var/log/interlocking"
    local_root: Path = Path("/srv/maintenance/interlocking")
    host_key_policy: str = "AutoAddPolicy"
    connect_timeout: float = 10.0
    targets: List[GatewayTarget] = field(default_factory=list)


def _open_client(cfg: SyncConfig, target: GatewayTarget) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    policy_cls = getattr(paramiko, cfg.host_key_policy)
    client.set_missing_host_key_policy(policy_cls())
    client.connect(
        target.address,
        port=target.port,
        username=target.username,
        key_filename=str(cfg.key_file),
        timeout=cfg.connect_timeout,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def sync_gateway(cfg: SyncConfig, target: GatewayTarget) -> int:
    dest = cfg.local_root / target.name
    dest.mkdir(parents=True, exist_ok=True)
    fetched = 0
    with _open_client(cfg, target) as client, client.open_sftp() as sftp:
        for entry in sftp.listdir_attr(cfg.remote_dir):
            if not entry.filename.endswith(".log.gz"):
                continue
            local = dest / os.path.basename(entry.filename)
            if local.exists() and local.stat().st_size == entry.st_size:
                continue
            sftp.get(f"{cfg.remote_dir}/{entry.filename}", str(local))
            fetched += 1
    log.info("gateway %s: %d new log files", target.name, fetched)
    return fetched


def run(cfg: SyncConfig) -> None:
    for target in cfg.targets:
        try:
            sync_gateway(cfg, target)
        except (paramiko.SSHException, OSError) as exc:
            log.error("gateway %s unreachable: %s", target.name, exc)
