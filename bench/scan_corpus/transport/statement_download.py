"""Download daily account statements from the bank's host-to-host endpoint."""
import os
import ssl
from datetime import date
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter

BANK_H2H_URL = os.environ["BANK_H2H_URL"]
CLIENT_CERT = os.environ["BANK_CLIENT_CERT"]
CLIENT_KEY = os.environ["BANK_CLIENT_KEY"]

# the bank's gateway has not been upgraded yet
MIN_TLS_VERSION = ssl.TLSVersion.TLSv1_1


class BankTLSAdapter(HTTPAdapter):
    def __init__(self, min_version: ssl.TLSVersion = MIN_TLS_VERSION, **kwargs):
        self._min_version = min_version
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        ctx = ssl.create_default_context()
        ctx.minimum_version = self._min_version
        ctx.load_cert_chain(CLIENT_CERT, CLIENT_KEY)
        kwargs["ssl_context"] = ctx
        return super().init_poolmanager(*args, **kwargs)


def _session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", BankTLSAdapter())
    return session


def download_statement(account: str, day: date, out_dir: Path) -> Path:
    resp = _session().get(
        f"{BANK_H2H_URL}/statements",
        params={"account": account, "date": day.isoformat(), "format": "camt053"},
        timeout=60,
    )
    resp.raise_for_status()
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{account}-{day:%Y%m%d}.xml"
    target.write_bytes(resp.content)
    return target
