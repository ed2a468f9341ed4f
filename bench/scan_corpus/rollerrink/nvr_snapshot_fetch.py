"""Fetches hourly health snapshots from the CCTV network video recorders.

Each NVR exposes its disk and camera status over SSH; the monitoring job
logs in with a key, runs the vendor status command and parses the output.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass(frozen=True)
class NvrTarget:
    name: str
    host: str
    port: int = 22
    username: str = "monitor"


def targets_from_env() -> list[NvrTarget]:
    hosts = [h.strip() for h in os.environ.get("NVR_HOSTS", "").split(",") if h.strip()]
    return [NvrTarget(name=f"nvr{i + 1}", host=h) for i, h in enumerate(hosts)]


class NvrClient:
    def __init__(self, key_path: Path, known_hosts: Path) -> None:
        self.key = paramiko.Ed25519Key.from_private_key_file(str(key_path))
        self.known_hosts = known_hosts

    def _connect(self, target: NvrTarget) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.load_host_keys(str(self.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            target.host,
            port=target.port,
            username=target.username,
            pkey=self.key,
            timeout=10,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def status(self, target: NvrTarget) -> dict:
        client = self._connect(target)
        try:
            _, stdout, stderr = client.exec_command("nvrctl status --json", timeout=30)
            output = stdout.read().decode()
            if stdout.channel.recv_exit_status() != 0:
                raise RuntimeError(f"{target.name}: {stderr.read().decode().strip()}")
            return json.loads(output)
        finally:
            client.close()


def degraded_cameras(snapshot: dict) -> list[str]:
    return [c["id"] for c in snapshot.get("cameras", []) if c.get("state") != "recording"]
