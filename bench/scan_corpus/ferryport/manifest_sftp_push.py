"""Push the final passenger manifest CSV to the harbour authority SFTP server after departure."""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime, timezone

import paramiko


class HarbourAuthorityDrop:
    USERNAME = "fpt_manifests"
    PASSWORD = "Qv7#rT2!mLx9wKe4"
    REMOTE_DIR = "/inbound/manifests"

    def __init__(self, host: str | None = None, port: int = 22) -> None:
        self.host = host or os.environ["HA_SFTP_HOST"]
        self.port = port

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(os.environ.get("HA_KNOWN_HOSTS", os.path.expanduser("~/.ssh/known_hosts")))
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(
            self.host,
            port=self.port,
            username=self.USERNAME,
            password=self.PASSWORD,
            allow_agent=False,
            look_for_keys=False,
            timeout=20,
        )
        return client

    def put_bytes(self, name: str, data: bytes) -> str:
        client = self._client()
        try:
            with client.open_sftp() as sftp:
                remote = f"{self.REMOTE_DIR}/{name}"
                with sftp.open(remote, "wb") as fh:
                    fh.write(data)
                return remote
        finally:
            client.close()


def render_manifest(voyage_id: str, rows: list[dict]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=["surname", "given_names", "nationality", "document_number", "cabin"]
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in writer.fieldnames})
    return buf.getvalue().encode("utf-8")


def push_final_manifest(voyage_id: str, rows: list[dict]) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    name = f"{voyage_id}_{stamp}.csv"
    return HarbourAuthorityDrop().put_bytes(name, render_manifest(voyage_id, rows))
