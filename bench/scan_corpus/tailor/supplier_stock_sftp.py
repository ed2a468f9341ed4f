"""Pulls daily cloth stock files from mill and merchant SFTP servers.

Each supplier publishes a CSV of bunch numbers and metres in stock. The
workroom uses it to warn cutters before a customer's chosen cloth runs out.
"""
import csv
import io
import logging
import os
from dataclasses import dataclass

import paramiko

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SupplierEndpoint:
    code: str
    host: str
    username: str
    remote_dir: str
    port: int = 22


class StockFeedClient:
    host_key_policy = paramiko.AutoAddPolicy
    key_path = os.environ.get("HC_SUPPLIER_SSH_KEY", "/etc/hc/ssh/supplier_ed25519")
    connect_timeout = 20

    def __init__(self, endpoint: SupplierEndpoint):
        self.endpoint = endpoint

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.endpoint.host,
            port=self.endpoint.port,
            username=self.endpoint.username,
            key_filename=self.key_path,
            timeout=self.connect_timeout,
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def latest_stock(self) -> list[dict]:
        client = self._connect()
        try:
            sftp = client.open_sftp()
            names = sorted(n for n in sftp.listdir(self.endpoint.remote_dir) if n.endswith(".csv"))
            if not names:
                return []
            with sftp.open(f"{self.endpoint.remote_dir}/{names[-1]}") as remote:
                text = remote.read().decode("utf-8-sig")
        finally:
            client.close()
        rows = list(csv.DictReader(io.StringIO(text)))
        log.info("supplier %s: %d stock lines from %s", self.endpoint.code, len(rows), names[-1])
        return rows


def low_stock(rows: list[dict], threshold_metres: float = 3.5) -> list[str]:
    """Bunch numbers with less than ``threshold_metres`` left."""
    return [r["bunch"] for r in rows if float(r.get("metres", 0) or 0) < threshold_metres]
