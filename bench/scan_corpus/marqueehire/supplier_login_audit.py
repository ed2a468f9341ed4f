"""Audited sign-in to supplier trade portals.

Planners sign in to supplier portals (flooring, toilets, generators) through
this helper so each sign-in is recorded for the monthly supplier review.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

import requests

audit = logging.getLogger("supplier.audit")


@dataclass
class SupplierAccount:
    supplier: str
    login_url: str
    username: str
    password: str = field(repr=False)


def _redact(value: str) -> str:
    return f"...{value[-4:]}" if len(value) > 8 else "***"


class SupplierPortalLogin:
    def __init__(self, session: requests.Session | None = None) -> None:
        self._session = session or requests.Session()

    def sign_in(self, account: SupplierAccount, planner: str) -> str:
        resp = self._session.post(
            account.login_url,
            json={"username": account.username, "password": account.password},
            timeout=15,
        )
        if resp.status_code == 401:
            audit.warning(
                "supplier sign-in refused: supplier=%s user=%s planner=%s",
                account.supplier, account.username, planner,
            )
            raise PermissionError(f"{account.supplier} refused sign-in for {account.username}")
        resp.raise_for_status()
        token = resp.json()["access_token"]
        audit.info(
            "supplier sign-in: supplier=%s user=%s planner=%s token=%s at=%s",
            account.supplier,
            account.username,
            planner,
            _redact(token),
            datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )
        return token
