"""Runs maintenance commands on remote antenna site computers with key-based SSH."""
from __future__ import annotations

import os
import shlex
from dataclasses import dataclass, field
from pathlib import Path

import paramiko


@dataclass
class SshTarget:
    hostname: str
    username: str = "rtops"
    port: int = 22
    key_file: Path = field(default_factory=lambda: Path(
        os.environ.get("RT_SSH_KEY", "~/.ssh/rt_ops_ed25519")).expanduser())
    known_hosts: Path = Path("/etc/rt/ssh_known_hosts")
    password: str | None = None


def _load_key(path: Path) -> paramiko.PKey:
    passphrase = os.environ.get("RT_SSH_KEY_PASSPHRASE") or None
    return paramiko.Ed25519Key.from_private_key_file(str(path), password=passphrase)


def run_remote(target: SshTarget, argv: list[str], timeout: int = 60) -> tuple[int, str, str]:
    client = paramiko.SSHClient()
    client.load_host_keys(str(target.known_hosts))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        client.connect(
            target.hostname,
            port=target.port,
            username=target.username,
            pkey=_load_key(target.key_file),
            password=target.password,
            allow_agent=False,
            look_for_keys=False,
            timeout=15,
        )
        _, stdout, stderr = client.exec_command(shlex.join(argv), timeout=timeout)
        code = stdout.channel.recv_exit_status()
        return code, stdout.read().decode(), stderr.read().decode()
    finally:
        client.close()


def restart_receiver(hostname: str) -> int:
    code, _, err = run_remote(SshTarget(hostname), ["sudo", "systemctl", "restart", "rxctl"])
    if code != 0:
        raise RuntimeError(f"restart failed on {hostname}: {err.strip()}")
    return code
