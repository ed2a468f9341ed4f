"""SSH helpers for on-call maintenance of partner-site LoRaWAN gateways.

Host keys are collected when a gateway is commissioned and committed to the
ops repo; the path is passed in through the fleet config.
"""

import logging
from pathlib import Path

import paramiko

log = logging.getLogger(__name__)

COMMANDS = {
    "restart": "sudo systemctl restart lora-pkt-fwd",
    "status": "systemctl is-active lora-pkt-fwd",
    "uptime": "uptime -p",
}


class GatewayMaintenance:
    def __init__(self, known_hosts: Path, username: str, key_path: Path):
        self.known_hosts = known_hosts
        self.username = username
        self.key_path = key_path

    def _connect(self, host: str) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(self.known_hosts))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            host,
            username=self.username,
            key_filename=str(self.key_path),
            timeout=15,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def run(self, host: str, action: str) -> str:
        command = COMMANDS[action]
        client = self._connect(host)
        try:
            _stdin, stdout, stderr = client.exec_command(command, timeout=30)
            if stdout.channel.recv_exit_status() != 0:
                raise RuntimeError(stderr.read().decode(errors="replace"))
            output = stdout.read().decode().strip()
        finally:
            client.close()
        log.info("%s on %s -> %s", action, host, output)
        return output
