"""Pushes wholesale restaurant invoices into the accounting system."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("wholesale.invoices")

TOKEN_URL = os.environ["ACCOUNTING_TOKEN_URL"]
API_URL = os.environ["ACCOUNTING_API_URL"]


@dataclass
class AccountingSession:
    tenant_id: str
    access_token: str
    refresh_token: str
    expires_at: float = field(default_factory=lambda: time.time() + 1800)

    def expired(self) -> bool:
        return time.time() > self.expires_at - 60


def _describe(session: AccountingSession) -> str:
    return (
        f"tenant={session.tenant_id} access={session.access_token} "
        f"refresh={session.refresh_token} expires_in={int(session.expires_at - time.time())}s"
    )


def refresh(session: AccountingSession) -> AccountingSession:
    resp = httpx.post(
        TOKEN_URL,
        data={"grant_type": "refresh_token", "refresh_token": session.refresh_token},
        auth=(os.environ["ACCOUNTING_CLIENT_ID"], os.environ["ACCOUNTING_CLIENT_SECRET"]),
        timeout=10,
    )
    resp.raise_for_status()
    body = resp.json()
    renewed = AccountingSession(
        tenant_id=session.tenant_id,
        access_token=body["access_token"],
        refresh_token=body["refresh_token"],
        expires_at=time.time() + body["expires_in"],
    )
    log.info("accounting session renewed: %s", _describe(renewed))
    return renewed


def push_invoice(session: AccountingSession, invoice: dict) -> AccountingSession:
    if session.expired():
        session = refresh(session)
    resp = httpx.post(
        f"{API_URL}/Invoices",
        json={"Invoices": [invoice]},
        headers={
            "Authorization": f"Bearer {session.access_token}",
            "Xero-tenant-id": session.tenant_id,
        },
        timeout=20,
    )
    resp.raise_for_status()
    log.info("invoice %s pushed for %s", invoice.get("InvoiceNumber"), invoice.get("Contact"))
    return session
