"""Pushes slab temperature setpoints to the ice-plant controller over SSH.

The rink manager schedules colder ice for hockey and softer ice for
figure skating; this job writes the schedule into the controller's
setpoint table before each session block.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import ClassVar

import paramiko


@dataclass
class SetpointBlock:
    starts: str
    ends: str
    slab_c: float
    activity: str


@dataclass
class SetpointPusher:
    host: str
    username: str
    password: str
    port: int = 22
    blocks: list[SetpointBlock] = field(default_factory=list)

    HOST_KEY_POLICY: ClassVar[type] = paramiko.AutoAddPolicy
    REMOTE_TABLE: ClassVar[str] = "/opt/plc/setpoints.json"

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.HOST_KEY_POLICY())
        client.connect(
            self.host, port=self.port, username=self.username, password=self.password
        )
        return client

    def push(self) -> int:
        body = json.dumps([b.__dict__ for b in self.blocks], indent=2)
        client = self._connect()
        try:
            with client.open_sftp() as sftp:
                with sftp.open(self.REMOTE_TABLE, "w") as fh:
                    fh.write(body)
            _, stdout, _ = client.exec_command("plcctl reload-setpoints")
            return stdout.channel.recv_exit_status()
        finally:
            client.close()


def pusher_from_env(blocks: list[SetpointBlock]) -> SetpointPusher:
    return SetpointPusher(
        host=os.environ["ICE_PLANT_HOST"],
        username=os.environ["ICE_PLANT_USER"],
        password=os.environ["ICE_PLANT_PASSWORD"],
        blocks=blocks,
    )
