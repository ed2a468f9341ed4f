"""SFTP connector that collects EDI order confirmations from filament suppliers."""
from pathlib import PurePosixPath

import paramiko
import structlog

from brushworks.edi import parse_ordrsp
from brushworks.settings import EDI_PARTNERS

log = structlog.get_logger("edi.sftp")


class SupplierEdiConnector:
    def __init__(self, partner_code: str):
        cfg = EDI_PARTNERS[partner_code]
        self.partner_code = partner_code
        self.inbox = PurePosixPath(cfg["inbox"])
        self._conn_kwargs = {
            "hostname": cfg["host"],
            "port": cfg.get("port", 22),
            "username": cfg["username"],
            "password": cfg["password"],
        }

    def _open(self) -> paramiko.SSHClient:
        client = paramiko.SSHClient()
        client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        log.info("edi.connect", partner=self.partner_code, **self._conn_kwargs)
        client.connect(timeout=20, **self._conn_kwargs)
        return client

    def collect(self) -> list[dict]:
        confirmations = []
        client = self._open()
        try:
            sftp = client.open_sftp()
            for name in sorted(sftp.listdir(str(self.inbox))):
                if not name.lower().endswith(".edi"):
                    continue
                remote = str(self.inbox / name)
                with sftp.open(remote, "r") as fh:
                    confirmations.append(parse_ordrsp(fh.read().decode("latin-1")))
                sftp.rename(remote, str(self.inbox / "processed" / name))
            log.info("edi.collected", partner=self.partner_code, count=len(confirmations))
        finally:
            client.close()
        return confirmations
