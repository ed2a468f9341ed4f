"""Syncs drill logs (hole depth, penetration rate) from drill rig computers via SFTP."""
from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

import paramiko


@dataclass(frozen=True)
class RigEndpoint:
    rig_id: str
    host: str
    user: str = "drilllog"
    remote_dir: str = "/var/drill/logs"


class RigLogSync:
    known_hosts = Path("/etc/quarry/ssh/known_hosts")
    missing_key_policy = paramiko.RejectPolicy

    def __init__(self, key_path: Path, local_root: Path) -> None:
        self.pkey = paramiko.Ed25519Key.from_private_key_file(str(key_path))
        self.local_root = local_root

    def _connect(self, rig: RigEndpoint) -> paramiko.SSHClient:
        ssh = paramiko.SSHClient()
        ssh.load_host_keys(str(self.known_hosts))
        ssh.set_missing_host_key_policy(self.missing_key_policy())
        ssh.connect(rig.host, username=rig.user, pkey=self.pkey, timeout=10, allow_agent=False)
        return ssh

    def sync(self, rig: RigEndpoint) -> list[Path]:
        dest = self.local_root / rig.rig_id
        dest.mkdir(parents=True, exist_ok=True)
        have = {p.name for p in dest.iterdir()}
        new_files: list[Path] = []
        ssh = self._connect(rig)
        try:
            sftp = ssh.open_sftp()
            for name in sftp.listdir(rig.remote_dir):
                base = posixpath.basename(name)
                if base in have or not base.endswith(".dlg"):
                    continue
                local = dest / base
                sftp.get(posixpath.join(rig.remote_dir, base), str(local))
                new_files.append(local)
        finally:
            ssh.close()
        return new_files
