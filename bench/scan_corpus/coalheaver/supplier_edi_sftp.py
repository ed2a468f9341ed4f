"""SFTP transport for collecting EDI documents from supplier mailboxes."""
import posixpath
from pathlib import Path

import paramiko
import structlog

from coalheaver.config import settings

log = structlog.get_logger("coalheaver.edi.sftp")


def connection_settings(partner: str) -> dict:
    partner_cfg = settings.EDI_PARTNERS[partner]
    return {
        "hostname": partner_cfg["host"],
        "port": int(partner_cfg.get("port", 22)),
        "username": partner_cfg["username"],
        "password": partner_cfg["password"],
        "timeout": 20,
    }


class SupplierMailbox:
    def __init__(self, partner: str):
        self.partner = partner
        self.client = paramiko.SSHClient()
        self.client.load_system_host_keys(settings.EDI_KNOWN_HOSTS)
        self.client.set_missing_host_key_policy(paramiko.RejectPolicy())

    def __enter__(self):
        conn_cfg = connection_settings(self.partner)
        log.info("sftp.connect", partner=self.partner, **conn_cfg)
        self.client.connect(allow_agent=False, look_for_keys=False, **conn_cfg)
        self.sftp = self.client.open_sftp()
        return self

    def __exit__(self, *exc):
        self.sftp.close()
        self.client.close()

    def collect(self, remote_dir: str, local_dir: Path) -> list:
        fetched = []
        for name in self.sftp.listdir(remote_dir):
            if not name.endswith(".edi") or "/" in name or name.startswith("."):
                continue
            local_path = local_dir / f"{self.partner}-{name}"
            self.sftp.get(posixpath.join(remote_dir, name), str(local_path))
            self.sftp.remove(posixpath.join(remote_dir, name))
            fetched.append(local_path)
        log.info("sftp.collected", partner=self.partner, count=len(fetched))
        return fetched
