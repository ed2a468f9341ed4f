"""Weekly fetch of the reclaimed-stone merchant's stock sheet over SFTP.

The merchant drops ``stock-YYYY-WW.csv`` in their outgoing folder every
Monday; the estimator needs it for reclaimed copes and through-stones.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import paramiko

log = logging.getLogger("walling.reclaim_sync")


@dataclass
class MerchantSftp:
    host: str
    username: str
    password: str = field(repr=False)
    port: int = 22
    remote_dir: str = "/outgoing"

    @classmethod
    def from_env(cls) -> "MerchantSftp":
        return cls(
            host=os.environ["RECLAIM_SFTP_HOST"],
            username=os.environ["RECLAIM_SFTP_USER"],
            password=os.environ["RECLAIM_SFTP_PASSWORD"],
            port=int(os.environ.get("RECLAIM_SFTP_PORT", "22")),
        )


def fetch_latest(settings: MerchantSftp, known_hosts: str, dest: Path) -> Path | None:
    client = paramiko.SSHClient()
    client.load_host_keys(known_hosts)
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    log.debug("opening sftp session: %r", settings)
    client.connect(
        settings.host,
        port=settings.port,
        username=settings.username,
        password=settings.password,
        timeout=30,
        allow_agent=False,
        look_for_keys=False,
    )
    try:
        sftp = client.open_sftp()
        sheets = sorted(
            n for n in sftp.listdir(settings.remote_dir)
            if n.startswith("stock-") and n.endswith(".csv")
        )
        if not sheets:
            log.warning("no stock sheet on %s for %s", settings.host, settings.username)
            return None
        dest.mkdir(parents=True, exist_ok=True)
        local = dest / Path(sheets[-1]).name
        sftp.get(f"{settings.remote_dir}/{sheets[-1]}", str(local))
        log.info("fetched %s from %s", local.name, settings.host)
        return local
    finally:
        client.close()


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    fetch_latest(
        MerchantSftp.from_env(),
        os.environ["SFTP_KNOWN_HOSTS"],
        Path(os.environ.get("PRICE_LIST_DIR", "/srv/walling/price-lists")),
    )
