"""Pulls tannery acceptance reports from their SFTP drop boxes."""
import logging
import posixpath
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

from fellmonger.settings import SFTP_ACCOUNTS, REPORT_INBOX

logger = logging.getLogger(__name__)


@dataclass
class SftpAccount:
    tannery: str
    host: str
    username: str
    password: str = field(repr=False)
    port: int = 22
    remote_dir: str = "/outbound"


def load_accounts() -> list[SftpAccount]:
    return [SftpAccount(**cfg) for cfg in SFTP_ACCOUNTS]


class ReportFetcher:
    def __init__(self, account: SftpAccount, inbox: Path = Path(REPORT_INBOX)):
        self.account = account
        self.inbox = inbox / account.tannery

    def fetch_new(self) -> list[Path]:
        logger.info("connecting to SFTP drop box %s", self.account)
        transport = paramiko.Transport((self.account.host, self.account.port))
        transport.connect(username=self.account.username, password=self.account.password)
        sftp = paramiko.SFTPClient.from_transport(transport)
        fetched = []
        try:
            self.inbox.mkdir(parents=True, exist_ok=True)
            for name in sftp.listdir(self.account.remote_dir):
                if not name.endswith(".csv") or (self.inbox / name).exists():
                    continue
                local = self.inbox / name
                sftp.get(posixpath.join(self.account.remote_dir, name), str(local))
                fetched.append(local)
        finally:
            sftp.close()
            transport.close()
        logger.info("fetched %d reports from %s", len(fetched), self.account.tannery)
        return fetched


def sync_all() -> int:
    total = 0
    for account in load_accounts():
        total += len(ReportFetcher(account).fetch_new())
    return total
