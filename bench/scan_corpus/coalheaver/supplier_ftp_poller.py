"""Polling of supplier FTPS drop boxes for invoices.

A few smaller briquette suppliers still publish INVOIC files to an FTPS
server rather than pushing them to the EDI gateway.
"""
import ftplib
import logging
from pathlib import Path

from coalheaver.config import settings

logger = logging.getLogger("coalheaver.edi.ftps")


class FtpsDropBox:
    def __init__(self, partner: str):
        cfg = settings.FTPS_PARTNERS[partner]
        self.partner = partner
        self.host = cfg["host"]
        self.port = int(cfg.get("port", 21))
        self.user = cfg["user"]
        self._password = cfg["password"]

    def _connect(self) -> ftplib.FTP_TLS:
        logger.info("connecting to %s:%d as %s for %s", self.host, self.port, self.user, self.partner)
        ftp = ftplib.FTP_TLS(timeout=30)
        ftp.connect(self.host, self.port)
        ftp.login(self.user, self._password)
        ftp.prot_p()
        return ftp

    def fetch_invoices(self, local_dir: Path) -> list:
        ftp = self._connect()
        fetched = []
        try:
            for name in ftp.nlst("outbound"):
                base = name.rsplit("/", 1)[-1]
                if not base.upper().startswith("INVOIC") or base.startswith("."):
                    continue
                target = local_dir / f"{self.partner}-{base}"
                with target.open("wb") as fh:
                    ftp.retrbinary(f"RETR outbound/{base}", fh.write)
                fetched.append(target)
        finally:
            ftp.quit()
        logger.info("fetched %d invoices from %s", len(fetched), self.partner)
        return fetched
