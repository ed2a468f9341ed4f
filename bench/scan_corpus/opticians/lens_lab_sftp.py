"""Uploads glazing orders to the lens lab's SFTP drop.

The lab polls ``/inbound/orders`` every five minutes and picks up one
VCA-format file per job. Confirmations come back in ``/outbound/acks``.
"""
import logging
import os
from dataclasses import dataclass, field
from pathlib import PurePosixPath

import paramiko

log = logging.getLogger(__name__)


@dataclass
class LabEndpoint:
    host: str = field(default_factory=lambda: os.environ["LENS_LAB_SFTP_HOST"])
    port: int = int(os.environ.get("LENS_LAB_SFTP_PORT", "22"))
    username: str = field(default_factory=lambda: os.environ["LENS_LAB_SFTP_USER"])
    key_path: str = field(default_factory=lambda: os.environ["LENS_LAB_SFTP_KEY"])
    inbound: str = "/inbound/orders"


class LensLabUploader:
    host_key_policy = paramiko.AutoAddPolicy

    def __init__(self, endpoint: LabEndpoint | None = None):
        self.endpoint = endpoint or LabEndpoint()
        self._client: paramiko.SSHClient | None = None

    def connect(self) -> paramiko.SFTPClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.endpoint.host,
            port=self.endpoint.port,
            username=self.endpoint.username,
            key_filename=self.endpoint.key_path,
            timeout=20,
        )
        self._client = client
        return client.open_sftp()

    def send_order(self, job_number: str, vca_payload: str) -> str:
        remote = str(PurePosixPath(self.endpoint.inbound) / f"{job_number}.vca")
        sftp = self.connect()
        try:
            with sftp.open(remote, "w") as fh:
                fh.write(vca_payload)
            log.info("sent lab order %s to %s", job_number, self.endpoint.host)
        finally:
            sftp.close()
            if self._client:
                self._client.close()
        return remote
