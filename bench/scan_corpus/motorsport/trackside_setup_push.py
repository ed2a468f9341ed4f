"""Pushes approved setup files from the engineering office to the trackside servers."""
from __future__ import annotations

import logging
import os
import posixpath
from dataclasses import dataclass, field
from typing import Dict, List

import paramiko

log = logging.getLogger("trackside.push")

HOST_KEY_POLICIES = {
    "strict": paramiko.RejectPolicy,
    "learn": paramiko.AutoAddPolicy,
}


@dataclass
class TracksideTarget:
    hostname: str
    username: str = "setup-sync"
    port: int = 22
    remote_dir: str = "/data/setups"
    key_file: str = field(default_factory=lambda: os.environ.get("TRACKSIDE_SSH_KEY", "~/.ssh/id_ed25519"))
    host_key_mode: str = "learn"


class SetupPusher:
    def __init__(self, target: TracksideTarget) -> None:
        self.target = target
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys()
        policy_cls = HOST_KEY_POLICIES[target.host_key_mode]
        self.client.set_missing_host_key_policy(policy_cls())

    def __enter__(self) -> "SetupPusher":
        self.client.connect(
            self.target.hostname,
            port=self.target.port,
            username=self.target.username,
            key_filename=os.path.expanduser(self.target.key_file),
            timeout=10,
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self.client.close()

    def push(self, local_files: List[str]) -> Dict[str, int]:
        sent: Dict[str, int] = {}
        with self.client.open_sftp() as sftp:
            for path in local_files:
                remote = posixpath.join(self.target.remote_dir, os.path.basename(path))
                attrs = sftp.put(path, remote)
                sent[remote] = attrs.st_size or 0
                log.info("pushed %s -> %s:%s", path, self.target.hostname, remote)
        return sent


def push_event_setups(hostname: str, files: List[str]) -> Dict[str, int]:
    with SetupPusher(TracksideTarget(hostname=hostname)) as pusher:
        return pusher.push(files)
