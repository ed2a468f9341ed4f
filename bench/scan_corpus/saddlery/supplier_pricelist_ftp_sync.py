"""Nightly job: pull the buckle and stirrup supplier's price list over FTPS."""

from __future__ import annotations

import csv
import io
import logging
import os
import ssl
from dataclasses import dataclass
from decimal import Decimal
from ftplib import FTP_TLS

log = logging.getLogger("jobs.pricelist")


@dataclass
class FtpsSource:
    host: str
    user: str
    password: str
    remote_path: str = "/outbound/pricelist.csv"

    @property
    def dsn(self) -> str:
        return f"ftps://{self.user}:{self.password}@{self.host}{self.remote_path}"

    @classmethod
    def from_env(cls) -> "FtpsSource":
        return cls(
            host=os.environ["HARDWARE_FTP_HOST"],
            user=os.environ["HARDWARE_FTP_USER"],
            password=os.environ["HARDWARE_FTP_PASSWORD"],
        )


def fetch_price_list(source: FtpsSource) -> dict[str, Decimal]:
    log.info("fetching price list from %s", source.dsn)
    buf = io.BytesIO()
    ftp = FTP_TLS(context=ssl.create_default_context(), timeout=30)
    try:
        ftp.connect(source.host, 21)
        ftp.login(source.user, source.password)
        ftp.prot_p()
        ftp.retrbinary(f"RETR {source.remote_path}", buf.write)
    finally:
        ftp.close()
    reader = csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig")), delimiter=";")
    prices = {row["sku"]: Decimal(row["net_price"].replace(",", ".")) for row in reader}
    log.info("price list has %d SKUs", len(prices))
    return prices


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    prices = fetch_price_list(FtpsSource.from_env())
    for sku in sorted(prices)[:5]:
        log.info("sample %s -> %s", sku, prices[sku])


if __name__ == "__main__":
    main()
