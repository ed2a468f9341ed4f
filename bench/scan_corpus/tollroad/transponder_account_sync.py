"""Nightly sync of transponder accounts from the interoperability hub."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Iterator

import httpx

log = logging.getLogger("tollroad.accounts.sync")


@dataclass(frozen=True)
class HubConnection:
    base_url: str
    agency_code: str
    api_token: str
    page_size: int = 500
    timeout: float = 20.0
    extra_headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> "HubConnection":
        return cls(
            base_url=os.environ["IAG_HUB_URL"],
            agency_code=os.environ["IAG_AGENCY_CODE"],
            api_token=os.environ["IAG_HUB_TOKEN"],
        )


def _connection_summary(conn: HubConnection) -> str:
    parts = [f"{key}={value}" for key, value in vars(conn).items() if key != "extra_headers"]
    return ", ".join(parts)


def iter_account_pages(client: httpx.Client, conn: HubConnection) -> Iterator[list[dict]]:
    cursor: str | None = None
    while True:
        params = {"agency": conn.agency_code, "limit": conn.page_size}
        if cursor:
            params["cursor"] = cursor
        resp = client.get("/v2/tag-status", params=params)
        resp.raise_for_status()
        body = resp.json()
        yield body["accounts"]
        cursor = body.get("next_cursor")
        if not cursor:
            return


def sync_accounts(conn: HubConnection, upsert) -> int:
    log.info("starting transponder sync with %s", _connection_summary(conn))
    headers = {"Authorization": f"Bearer {conn.api_token}", **conn.extra_headers}
    total = 0
    with httpx.Client(base_url=conn.base_url, headers=headers, timeout=conn.timeout) as client:
        for page in iter_account_pages(client, conn):
            for account in page:
                upsert(
                    tag_id=account["tagSerial"],
                    status=account["status"],
                    plate=account.get("plate"),
                )
            total += len(page)
            log.debug("upserted %d accounts so far", total)
    log.info("transponder sync complete: %d accounts", total)
    return total
