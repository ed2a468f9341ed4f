"""Nightly job that pulls stock levels from parts suppliers' trade portals.

Several suppliers only offer a session-based trade portal, so the job logs
in with the account's trade credentials and downloads the stock feed.
"""
from __future__ import annotations

import csv
import io
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("clocktower.suppliers.sync")


class SupplierLoginError(RuntimeError):
    pass


@dataclass
class SupplierAccount:
    code: str
    portal_url: str
    username: str
    password: str

    @classmethod
    def from_env(cls, code: str) -> "SupplierAccount":
        prefix = f"SUPPLIER_{code.upper()}_"
        return cls(
            code=code,
            portal_url=os.environ[prefix + "URL"],
            username=os.environ[prefix + "USER"],
            password=os.environ[prefix + "PASSWORD"],
        )


def login(client: httpx.Client, account: SupplierAccount) -> None:
    resp = client.post(
        "/trade/login", data={"username": account.username, "password": account.password}
    )
    if resp.status_code != 200 or "session" not in client.cookies:
        detail = f"{account.username}:{account.password} (HTTP {resp.status_code})"
        raise SupplierLoginError(f"login to {account.code} failed for {detail}")


def fetch_stock(account: SupplierAccount) -> list[dict]:
    with httpx.Client(base_url=account.portal_url, timeout=30.0) as client:
        login(client, account)
        resp = client.get("/trade/stock.csv")
        resp.raise_for_status()
    return list(csv.DictReader(io.StringIO(resp.text)))


def run(supplier_codes: list[str], store) -> int:
    updated = 0
    for code in supplier_codes:
        account = SupplierAccount.from_env(code)
        try:
            rows = fetch_stock(account)
        except (SupplierLoginError, httpx.HTTPError) as exc:
            log.error("stock sync for %s failed: %s", code, exc)
            continue
        for row in rows:
            store.update_stock(code, row["part_number"], int(row["quantity"]))
            updated += 1
        log.info("synced %d stock lines from %s", len(rows), code)
    return updated
