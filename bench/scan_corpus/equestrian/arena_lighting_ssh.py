"""Pushes lighting schedules to the arena floodlight controllers over SSH.

Each arena has a small Linux controller running the lighting daemon; the
schedule file is uploaded and the daemon reloaded after every timetable edit.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from typing import Dict, List

import paramiko


@dataclass
class LightingSlot:
    weekday: int
    on_at: str
    off_at: str
    level_percent: int


class ControllerSession:
    """Thin wrapper around a paramiko SSH session to one controller."""

    HOST_KEY_POLICY = paramiko.AutoAddPolicy
    SCHEDULE_PATH = "/etc/arena-lights/schedule.json"

    def __init__(self, host: str, username: str, key_path: str) -> None:
        self.host = host
        self.username = username
        self.key_path = key_path
        self._client = paramiko.SSHClient()

    def __enter__(self) -> "ControllerSession":
        self._client.load_system_host_keys()
        self._client.set_missing_host_key_policy(self.HOST_KEY_POLICY())
        self._client.connect(self.host, username=self.username, key_filename=self.key_path, timeout=10)
        return self

    def __exit__(self, *exc: object) -> None:
        self._client.close()

    def upload_schedule(self, slots: List[LightingSlot]) -> None:
        payload = json.dumps([slot.__dict__ for slot in slots], indent=2).encode()
        with self._client.open_sftp() as sftp:
            sftp.putfo(io.BytesIO(payload), self.SCHEDULE_PATH)

    def reload_daemon(self) -> int:
        _stdin, stdout, _stderr = self._client.exec_command("sudo systemctl reload arena-lights")
        return stdout.channel.recv_exit_status()


def push_schedules(schedules: Dict[str, List[LightingSlot]]) -> Dict[str, int]:
    user = os.environ.get("LIGHTING_SSH_USER", "lights")
    key_path = os.environ["LIGHTING_SSH_KEY"]
    results: Dict[str, int] = {}
    for host, slots in schedules.items():
        with ControllerSession(host, user, key_path) as session:
            session.upload_schedule(slots)
            results[host] = session.reload_daemon()
    return results
