"""Fetch fault logs from the smart-boiler gateways installed at maintenance-contract sites."""

import os
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("GATEWAY_KNOWN_HOSTS", "/etc/heating/gateway_known_hosts"))


class BoilerLogFetcher:
    missing_key_policy = paramiko.RejectPolicy

    def __init__(self, host: str, user: str = "svc-logs", port: int = 22):
        self.host, self.user, self.port = host, user, port
        self.key_file = os.environ["GATEWAY_SSH_KEY"]

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(str(KNOWN_HOSTS))
        client.set_missing_host_key_policy(self.missing_key_policy())
        client.connect(self.host, port=self.port, username=self.user, key_filename=self.key_file, timeout=15)
        return client

    def fetch(self, dest_dir: Path, since: str) -> list[Path]:
        dest_dir.mkdir(parents=True, exist_ok=True)
        client = self._client()
        out = []
        try:
            with client.open_sftp() as sftp:
                for entry in sftp.listdir_attr("/var/log/boiler"):
                    if not entry.filename.startswith("fault_") or entry.filename < f"fault_{since}":
                        continue
                    local = dest_dir / Path(entry.filename).name
                    sftp.get(f"/var/log/boiler/{entry.filename}", str(local))
                    out.append(local)
        finally:
            client.close()
        return out
