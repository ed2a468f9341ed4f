"""Push generated pick lists to the warehouse management system's SFTP drop.

The WMS polls ``/inbound/picklists`` every two minutes and imports any CSV it
finds there, so files are uploaded under a temporary name and renamed once
complete.
"""
import csv
import io
import logging
import os
from dataclasses import dataclass
from typing import Iterable

import paramiko

log = logging.getLogger(__name__)


@dataclass
class PickLine:
    order_id: str
    sku: str
    bin_location: str
    quantity: int


class PicklistUploader:
    remote_dir = "/inbound/picklists"
    host_key_policy = paramiko.WarningPolicy

    def __init__(self, host: str, username: str, key_path: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.key_path = key_path

    def _connect(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=os.path.expanduser(self.key_path),
            timeout=20,
        )
        return client

    @staticmethod
    def render(lines: Iterable[PickLine]) -> bytes:
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(["order_id", "sku", "bin", "qty"])
        for line in sorted(lines, key=lambda l: l.bin_location):
            writer.writerow([line.order_id, line.sku, line.bin_location, line.quantity])
        return buf.getvalue().encode("utf-8")

    def upload(self, wave_id: str, lines: Iterable[PickLine]) -> str:
        payload = self.render(lines)
        final_path = f"{self.remote_dir}/wave_{wave_id}.csv"
        client = self._connect()
        try:
            sftp = client.open_sftp()
            with sftp.open(final_path + ".part", "wb") as fh:
                fh.write(payload)
            sftp.rename(final_path + ".part", final_path)
        finally:
            client.close()
        log.info("uploaded pick list for wave %s (%d bytes)", wave_id, len(payload))
        return final_path
