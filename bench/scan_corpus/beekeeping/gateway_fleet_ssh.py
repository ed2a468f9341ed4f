"""Remote maintenance for the LoRaWAN gateways we host at partner apiaries.

Used by the on-call runbook to restart the packet forwarder or pull recent
logs when a gateway stops forwarding uplinks.
"""

import logging
from dataclasses import dataclass

import paramiko

log = logging.getLogger(__name__)

RESTART_CMD = "sudo systemctl restart lora-pkt-fwd"
STATUS_CMD = "systemctl is-active lora-pkt-fwd"


@dataclass
class GatewayTarget:
    host: str
    username: str
    key_path: str
    port: int = 22


class GatewayShell:
    def __init__(self, target: GatewayTarget, timeout: float = 15.0):
        self.target = target
        self.timeout = timeout
        self._client = paramiko.SSHClient()
        self._client.load_system_host_keys()
        self._client.set_missing_host_key_policy(paramiko.AutoAddPolicy())

    def __enter__(self) -> "GatewayShell":
        self._client.connect(
            self.target.host,
            port=self.target.port,
            username=self.target.username,
            key_filename=self.target.key_path,
            timeout=self.timeout,
        )
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def run(self, command: str) -> str:
        _stdin, stdout, stderr = self._client.exec_command(command, timeout=self.timeout)
        status = stdout.channel.recv_exit_status()
        if status != 0:
            raise RuntimeError(f"{command!r} failed on {self.target.host}: {stderr.read().decode()}")
        return stdout.read().decode()


def restart_forwarder(target: GatewayTarget) -> str:
    with GatewayShell(target) as shell:
        shell.run(RESTART_CMD)
        state = shell.run(STATUS_CMD).strip()
    log.info("packet forwarder on %s is %s", target.host, state)
    return state
