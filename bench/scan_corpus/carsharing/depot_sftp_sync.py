"""Nightly pull of workshop reports from the maintenance depots.

Each depot runs its own SFTP drop box where the mechanics' tablet app writes
JSON inspection reports (tyres, brakes, body damage). We pull new files, hand
them to the fleet-health importer and move them to ``processed/``.
"""
import json
import logging
import posixpath
from dataclasses import dataclass

import paramiko

log = logging.getLogger("depot_sync")


@dataclass
class DepotConfig:
    name: str
    host: str
    port: int
    username: str
    key_path: str
    inbox: str = "/outbox/reports"


class DepotReportSync:
    def __init__(self, depot: DepotConfig, importer):
        self.depot = depot
        self.importer = importer

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        client.connect(
            self.depot.host,
            port=self.depot.port,
            username=self.depot.username,
            key_filename=self.depot.key_path,
            timeout=30,
        )
        return client

    def run(self) -> int:
        imported = 0
        client = self._connect()
        try:
            sftp = client.open_sftp()
            processed = posixpath.join(self.depot.inbox, "processed")
            for name in sorted(sftp.listdir(self.depot.inbox)):
                if not name.endswith(".json"):
                    continue
                src = posixpath.join(self.depot.inbox, name)
                with sftp.open(src, "r") as fh:
                    report = json.loads(fh.read())
                self.importer.import_report(self.depot.name, report)
                sftp.rename(src, posixpath.join(processed, name))
                imported += 1
        finally:
            client.close()
        log.info("depot %s: imported %d reports", self.depot.name, imported)
        return imported
