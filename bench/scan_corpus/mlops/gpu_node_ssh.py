"""Probe GPU nodes before the launcher places a training job on them.

The launcher keeps a small pool of bare-metal nodes outside Kubernetes; before
placing a job it checks free memory and driver version over SSH.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass

import paramiko

log = logging.getLogger(__name__)

SSH_USER = os.environ.get("LAUNCHER_SSH_USER", "mlops")
SSH_KEY_PATH = os.environ.get("LAUNCHER_SSH_KEY", os.path.expanduser("~/.ssh/launcher_ed25519"))
QUERY = "nvidia-smi --query-gpu=index,memory.free,memory.total,driver_version --format=csv,noheader,nounits"


@dataclass
class GpuInfo:
    index: int
    free_mib: int
    total_mib: int
    driver: str


def _connect(host: str, timeout: float = 10.0) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy())
    client.connect(
        host,
        username=SSH_USER,
        key_filename=SSH_KEY_PATH,
        timeout=timeout,
        allow_agent=False,
        look_for_keys=False,
    )
    return client


def probe(host: str) -> list[GpuInfo]:
    client = _connect(host)
    try:
        _, stdout, stderr = client.exec_command(QUERY, timeout=20)
        out = stdout.read().decode()
        if stdout.channel.recv_exit_status() != 0:
            raise RuntimeError(f"{host}: nvidia-smi failed: {stderr.read().decode().strip()}")
    finally:
        client.close()

    gpus = []
    for row in csv.reader(io.StringIO(out)):
        idx, free, total, driver = (c.strip() for c in row)
        gpus.append(GpuInfo(int(idx), int(free), int(total), driver))
    return gpus


def pick_node(hosts: list[str], need_mib: int) -> str | None:
    for host in hosts:
        try:
            gpus = probe(host)
        except (OSError, paramiko.SSHException, RuntimeError) as exc:
            log.warning("skipping %s: %s", host, exc)
            continue
        if any(g.free_mib >= need_mib for g in gpus):
            return host
    return None
