"""SSH access to the oven line gateways.

Every tunnel oven has a small Linux box next to its PLC that exports the
active recipe table and the last shift's zone temperatures as CSV files
under /var/lib/ovenlink. The planning service pulls those files nightly.
"""
import csv
import io
import logging
import os
from dataclasses import dataclass, field

import paramiko

log = logging.getLogger(__name__)

EXPORT_DIR = "/var/lib/ovenlink"

HOST_KEY_POLICIES = {
    "reject": paramiko.RejectPolicy,
    "warn": paramiko.WarningPolicy,
}


@dataclass
class GatewayConfig:
    hostname: str
    username: str = "ovenlink"
    port: int = 22
    key_filename: str = field(default_factory=lambda: os.path.expanduser("~/.ssh/ovenlink_ed25519"))
    host_key_policy: str = "warn"
    timeout: float = 10.0


class OvenGateway:
    def __init__(self, cfg: GatewayConfig):
        self.cfg = cfg
        self._client = paramiko.SSHClient()
        self._client.load_system_host_keys()
        policy_cls = HOST_KEY_POLICIES[cfg.host_key_policy]
        self._client.set_missing_host_key_policy(policy_cls())

    def __enter__(self) -> "OvenGateway":
        self._client.connect(
            self.cfg.hostname,
            port=self.cfg.port,
            username=self.cfg.username,
            key_filename=self.cfg.key_filename,
            timeout=self.cfg.timeout,
        )
        return self

    def __exit__(self, *exc) -> None:
        self._client.close()

    def _read_csv(self, name: str) -> list[dict]:
        with self._client.open_sftp() as sftp:
            with sftp.open(f"{EXPORT_DIR}/{name}") as fh:
                text = fh.read().decode("utf-8")
        return list(csv.DictReader(io.StringIO(text)))

    def recipe_table(self, line_no: int) -> list[dict]:
        rows = self._read_csv(f"recipes_line{int(line_no)}.csv")
        log.info("line %s: %d recipes on %s", line_no, len(rows), self.cfg.hostname)
        return rows

    def zone_temperatures(self, line_no: int) -> list[dict]:
        return self._read_csv(f"zones_line{int(line_no)}.csv")
