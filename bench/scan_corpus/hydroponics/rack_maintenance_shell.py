"""Runs maintenance commands on rack controllers over SSH for the facilities team."""
from __future__ import annotations

import os
import shlex
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass(frozen=True)
class FleetSshConfig:
    known_hosts: Path = Path(os.environ.get("FLEET_KNOWN_HOSTS", "/etc/growctl/known_hosts"))
    key_file: Path = Path(os.environ.get("FLEET_SSH_KEY", "/etc/growctl/fleet_ed25519"))
    username: str = "maint"
    timeout: float = 8.0


class RackShell:
    policy_factory = paramiko.RejectPolicy

    def __init__(self, host: str, config: FleetSshConfig | None = None) -> None:
        self.host = host
        self.config = config or FleetSshConfig()
        self.client = paramiko.SSHClient()
        self.client.load_host_keys(str(self.config.known_hosts))
        self.client.set_missing_host_key_policy(self.policy_factory())

    def __enter__(self) -> "RackShell":
        self.client.connect(
            self.host,
            username=self.config.username,
            key_filename=str(self.config.key_file),
            timeout=self.config.timeout,
            allow_agent=False,
            look_for_keys=False,
        )
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()

    def run(self, *argv: str) -> tuple[int, str]:
        _, stdout, stderr = self.client.exec_command(shlex.join(argv), timeout=self.config.timeout)
        code = stdout.channel.recv_exit_status()
        return code, (stdout.read() or stderr.read()).decode("utf-8", "replace")


def flush_dosing_lines(host: str, channels: list[int]) -> dict[int, int]:
    results: dict[int, int] = {}
    with RackShell(host) as shell:
        for channel in channels:
            code, _ = shell.run("growctl", "pump", "flush", "--channel", str(int(channel)))
            results[channel] = code
    return results
