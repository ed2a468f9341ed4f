"""Sends cut-length purchase orders to cloth merchants over SFTP.

When a customer confirms a cloth, the workroom orders a cut length from the
merchant by dropping a PO file on the merchant's SFTP server.
"""
import io
import json
import logging
import os
from datetime import datetime, timezone

import paramiko

log = logging.getLogger(__name__)

SFTP_SETTINGS = {
    "known_hosts": os.environ.get("HC_SUPPLIER_KNOWN_HOSTS", "/etc/hc/ssh/supplier_known_hosts"),
    "key_file": os.environ.get("HC_SUPPLIER_SSH_KEY", "/etc/hc/ssh/supplier_ed25519"),
    "timeout": 20,
}


class PurchaseOrderUploader:
    host_key_policy = paramiko.RejectPolicy

    def __init__(self, host: str, username: str, inbox: str = "/inbound/po", port: int = 22):
        self.host = host
        self.username = username
        self.inbox = inbox
        self.port = port

    def _client(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_host_keys(SFTP_SETTINGS["known_hosts"])
        client.set_missing_host_key_policy(self.host_key_policy())
        client.connect(
            self.host,
            port=self.port,
            username=self.username,
            key_filename=SFTP_SETTINGS["key_file"],
            timeout=SFTP_SETTINGS["timeout"],
            allow_agent=False,
            look_for_keys=False,
        )
        return client

    def send(self, po_number: str, lines: list[dict]) -> str:
        payload = {
            "po_number": po_number,
            "created_at": datetime.now(timezone.utc).isoformat(),
            "lines": [
                {"bunch": l["bunch"], "cloth_ref": l["cloth_ref"], "metres": round(float(l["metres"]), 2)}
                for l in lines
            ],
        }
        remote_path = f"{self.inbox}/{po_number}.json"
        client = self._client()
        try:
            sftp = client.open_sftp()
            sftp.putfo(io.BytesIO(json.dumps(payload).encode("utf-8")), remote_path)
        finally:
            client.close()
        log.info("PO %s sent to %s (%d lines)", po_number, self.host, len(lines))
        return remote_path
