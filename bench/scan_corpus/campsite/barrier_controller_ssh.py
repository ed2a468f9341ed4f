"""Remote maintenance of the entrance barrier controllers over SSH.

Each park runs a small Linux controller beside the barrier; the duty manager can open a
lane, read the event log or reboot the controller from the back-office.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

import paramiko


@dataclass(frozen=True)
class ControllerTarget:
    park_code: str
    hostname: str
    port: int = 22
    username: str = "barrier"


class BarrierControllerSession:
    host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 8.0

    def __init__(self, target: ControllerTarget, key_path: str | None = None) -> None:
        self.target = target
        self.key_path = key_path or os.environ["BARRIER_SSH_KEY"]
        self._client: paramiko.SSHClient | None = None

    def __enter__(self) -> "BarrierControllerSession":
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.target.hostname,
            port=self.target.port,
            username=self.target.username,
            key_filename=self.key_path,
            timeout=self.connect_timeout,
            allow_agent=False,
        )
        self._client = client
        return self

    def __exit__(self, *exc) -> None:
        if self._client is not None:
            self._client.close()

    def _run(self, *argv: str) -> str:
        assert self._client is not None
        _, stdout, stderr = self._client.exec_command(" ".join(argv), timeout=20)
        if stdout.channel.recv_exit_status() != 0:
            raise RuntimeError(stderr.read().decode(errors="replace"))
        return stdout.read().decode()

    def open_lane(self, lane: int) -> str:
        return self._run("barrierctl", "open", "--lane", str(int(lane)))

    def tail_events(self, lines: int = 50) -> str:
        return self._run("barrierctl", "events", "--tail", str(max(1, min(int(lines), 500))))
