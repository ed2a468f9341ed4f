"""Remote maintenance of pool chemical dosing controllers.

Each site's dosing unit runs a small Linux board; the facilities team pulls
chlorine and pH set points from it and pushes new ones after water tests.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import paramiko

SSH_OPTIONS: dict[str, Any] = {
    "username": "dosing",
    "port": 22,
    "timeout": 15,
    "host_key_policy": paramiko.AutoAddPolicy,
    "key_filename": "/etc/spa/facilities/id_ed25519",
}


@dataclass
class DosingSetPoints:
    free_chlorine_ppm: float
    ph_target: float


class DosingControllerSession:
    def __init__(self, hostname: str, options: dict[str, Any] | None = None) -> None:
        self.hostname = hostname
        self.options = {**SSH_OPTIONS, **(options or {})}
        self.client = paramiko.SSHClient()

    def __enter__(self) -> "DosingControllerSession":
        self.client.load_system_host_keys()
        self.client.set_missing_host_key_policy(self.options["host_key_policy"]())
        self.client.connect(
            self.hostname,
            port=self.options["port"],
            username=self.options["username"],
            key_filename=self.options["key_filename"],
            timeout=self.options["timeout"],
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def read_set_points(self) -> DosingSetPoints:
        _, stdout, _ = self.client.exec_command("dosingctl show --json")
        data = json.loads(stdout.read())
        return DosingSetPoints(data["free_chlorine_ppm"], data["ph_target"])

    def push_set_points(self, points: DosingSetPoints) -> None:
        sftp = self.client.open_sftp()
        with sftp.open("/var/lib/dosing/setpoints.json", "w") as handle:
            handle.write(json.dumps(points.__dict__))
        sftp.close()
