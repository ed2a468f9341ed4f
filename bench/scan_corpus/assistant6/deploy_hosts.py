"""Fabric-style helper used by the release job to restart app servers."""
import logging
import os
import shlex

import paramiko

log = logging.getLogger(__name__)


class RemoteRunner:
    def __init__(self, host: str, user: str = "deploy"):
        self.host = host
        self.user = user
        self._client = paramiko.SSHClient()
        self._client.load_system_host_keys()
        self._client.set_missing_host_key_policy(paramiko.AutoAddPolicy())

    def __enter__(self):
        self._client.connect(
            self.host,
            username=self.user,
            key_filename=os.environ.get("DEPLOY_SSH_KEY", os.path.expanduser("~/.ssh/id_ed25519")),
        )
        return self

    def __exit__(self, *exc):
        self._client.close()

    def restart(self, service: str) -> int:
        cmd = f"sudo systemctl restart {shlex.quote(service)}"
        log.info("restarting %s on %s", service, self.host)
        _, stdout, _ = self._client.exec_command(cmd)
        return stdout.channel.recv_exit_status()
