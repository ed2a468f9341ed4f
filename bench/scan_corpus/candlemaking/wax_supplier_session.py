"""Logs in to the fragrance-oil supplier's trade portal to download invoices.

The portal has no API, only a session login, so the nightly job signs in
with the trade account and fetches the latest invoice PDFs.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import requests

log = logging.getLogger("suppliers.fragrance")


@dataclass(frozen=True)
class PortalAccount:
    base_url: str
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "PortalAccount":
        return cls(
            base_url=os.environ["FRAGRANCE_PORTAL_URL"].rstrip("/"),
            username=os.environ["FRAGRANCE_PORTAL_USER"],
            password=os.environ["FRAGRANCE_PORTAL_PASSWORD"],
        )


class FragrancePortal:
    def __init__(self, account: PortalAccount) -> None:
        self.account = account
        self.http = requests.Session()

    def login(self) -> None:
        resp = self.http.post(
            f"{self.account.base_url}/trade/login",
            data={"username": self.account.username, "password": self.account.password},
            timeout=20,
        )
        if resp.status_code != 200 or "session" not in self.http.cookies:
            log.error("portal login failed for %s (HTTP %s)", self.account.username, resp.status_code)
            raise RuntimeError("could not sign in to the fragrance portal")
        log.info("signed in to fragrance portal as %s", self.account.username)

    def invoice_numbers(self) -> list[str]:
        resp = self.http.get(f"{self.account.base_url}/trade/invoices.json", timeout=20)
        resp.raise_for_status()
        return [inv["number"] for inv in resp.json()["invoices"]]

    def download(self, number: str, target_dir: Path) -> Path:
        resp = self.http.get(f"{self.account.base_url}/trade/invoices/{number}.pdf", timeout=60)
        resp.raise_for_status()
        target = target_dir / f"fragrance-{number}.pdf"
        target.write_bytes(resp.content)
        return target


def nightly_sync(target_dir: Path) -> int:
    portal = FragrancePortal(PortalAccount.from_env())
    portal.login()
    target_dir.mkdir(parents=True, exist_ok=True)
    fetched = 0
    for number in portal.invoice_numbers():
        if not (target_dir / f"fragrance-{number}.pdf").exists():
            portal.download(number, target_dir)
            fetched += 1
    log.info("fetched %d new fragrance invoices", fetched)
    return fetched
