"""Rolls out grow-light schedule files to the Raspberry Pi controllers in each grow room."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)


@dataclass
class RoomTarget:
    room: str
    host: str
    username: str = "growctl"
    remote_dir: str = "/opt/growctl/schedules"


class ScheduleDeployer:
    host_key_policy = paramiko.AutoAddPolicy
    connect_timeout = 10

    def __init__(self, key_path: str | None = None) -> None:
        self.key_path = key_path or os.environ.get("GROWCTL_SSH_KEY", str(Path.home() / ".ssh/id_ed25519"))

    def _open(self, target: RoomTarget) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            target.host,
            username=target.username,
            key_filename=self.key_path,
            timeout=self.connect_timeout,
        )
        return client

    def deploy(self, target: RoomTarget, schedule_file: Path) -> None:
        client = self._open(target)
        try:
            with client.open_sftp() as sftp:
                remote_path = f"{target.remote_dir}/{schedule_file.name}"
                sftp.put(str(schedule_file), remote_path)
            _, stdout, _ = client.exec_command("systemctl --user reload growctl-lights")
            status = stdout.channel.recv_exit_status()
            log.info("room %s reload exit=%s", target.room, status)
        finally:
            client.close()


def deploy_all(targets: list[RoomTarget], schedule_file: Path) -> None:
    deployer = ScheduleDeployer()
    for target in targets:
        deployer.deploy(target, schedule_file)
