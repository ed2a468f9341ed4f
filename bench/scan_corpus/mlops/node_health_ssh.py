"""Collect health data from bare-metal GPU nodes for the scheduler dashboard.

Host keys for the pool are distributed by config management into
``/etc/mlp/known_hosts``; a node missing from that file is treated as down.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import paramiko

log = logging.getLogger(__name__)

KNOWN_HOSTS = os.environ.get("MLP_KNOWN_HOSTS", "/etc/mlp/known_hosts")
SSH_USER = os.environ.get("LAUNCHER_SSH_USER", "mlops")
SSH_KEY = os.environ.get("LAUNCHER_SSH_KEY", os.path.expanduser("~/.ssh/launcher_ed25519"))
HEALTH_CMD = "nvidia-smi --query-gpu=index,temperature.gpu,utilization.gpu --format=csv,noheader,nounits"


@dataclass
class NodeHealth:
    host: str
    up: bool
    gpus: list[tuple[int, int, int]]
    error: str | None = None


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(KNOWN_HOSTS)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


def check(host: str, timeout: float = 10.0) -> NodeHealth:
    client = _client()
    try:
        client.connect(host, username=SSH_USER, key_filename=SSH_KEY, timeout=timeout,
                       allow_agent=False, look_for_keys=False)
        _, stdout, _ = client.exec_command(HEALTH_CMD, timeout=20)
        lines = stdout.read().decode().splitlines()
    except (OSError, paramiko.SSHException) as exc:
        log.warning("health check failed for %s: %s", host, exc)
        return NodeHealth(host=host, up=False, gpus=[], error=str(exc))
    finally:
        client.close()

    gpus = []
    for line in lines:
        idx, temp, util = (int(x.strip()) for x in line.split(","))
        gpus.append((idx, temp, util))
    return NodeHealth(host=host, up=True, gpus=gpus)


def sweep(hosts: list[str]) -> list[NodeHealth]:
    return [check(h) for h in hosts]
