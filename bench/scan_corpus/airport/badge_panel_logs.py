"""Collect door event logs from access control panels over SFTP.

Panel host keys are enrolled by the security engineering team when a panel
is commissioned and distributed in ``ACS_KNOWN_HOSTS``.
"""
import logging
import os
from pathlib import Path

import paramiko

log = logging.getLogger("acs.panels")

KNOWN_HOSTS = os.environ.get("ACS_KNOWN_HOSTS", "/etc/acs/ssh_known_hosts")
SSH_SETTINGS = {
    "username": os.environ.get("ACS_SFTP_USER", "evtcollect"),
    "key_filename": os.environ.get("ACS_SFTP_KEY", "/etc/acs/id_ed25519"),
    "timeout": 15,
    "allow_agent": False,
    "look_for_keys": False,
}


class PanelClient:
    def __init__(self, host: str, port: int = 22, **overrides):
        self.host = host
        self.port = port
        self._settings = {**SSH_SETTINGS, **overrides}
        self._ssh = paramiko.SSHClient()
        self._ssh.load_host_keys(KNOWN_HOSTS)
        self._ssh.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self):
        self._ssh.connect(self.host, port=self.port, **self._settings)
        return self

    def __exit__(self, *exc):
        self._ssh.close()

    def fetch(self, remote_path: str, local_dir: Path) -> Path:
        local_dir.mkdir(parents=True, exist_ok=True)
        target = local_dir / Path(remote_path).name
        with self._ssh.open_sftp() as sftp:
            sftp.get(remote_path, str(target))
        log.info("fetched %s from %s", target.name, self.host)
        return target
