"""Nightly export of new supporters to the mailing house via SFTP.

The mailing house's host key is pinned in a known_hosts file shipped with
the deployment; a changed key stops the export rather than continuing.
"""

import csv
import io
import os
from datetime import date

import paramiko

KNOWN_HOSTS = os.environ.get("MAILHOUSE_KNOWN_HOSTS", "/etc/fundraising/known_hosts")


class MailhouseExporter:
    def __init__(self, host: str, username: str, key_path: str, port: int = 22):
        self.host = host
        self.port = port
        self.username = username
        self.pkey = paramiko.Ed25519Key.from_private_key_file(key_path)

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(KNOWN_HOSTS)
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        client.connect(self.host, port=self.port, username=self.username, pkey=self.pkey, timeout=30)
        return client

    def export(self, supporters: list[dict]) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=["supporter_id", "title", "first_name", "last_name", "address", "postcode"])
        writer.writeheader()
        writer.writerows(supporters)
        remote_name = f"new_supporters_{date.today():%Y%m%d}.csv"

        client = self._client()
        try:
            with client.open_sftp() as sftp:
                with sftp.open(f"upload/{remote_name}", "w") as fh:
                    fh.write(buf.getvalue())
        finally:
            client.close()
        return remote_name
