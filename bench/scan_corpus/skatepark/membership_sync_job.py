"""Nightly job that pushes membership changes to the club's CRM for renewal reminders."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import httpx
from sqlalchemy import create_engine, text

log = logging.getLogger("memberships.crm_sync")


def _mask(secret: str) -> str:
    return f"...{secret[-4:]}" if len(secret) > 8 else "***"


@dataclass
class CrmSettings:
    base_url: str = field(default_factory=lambda: os.environ.get("CRM_BASE_URL", "https://crm.example.com/api"))
    api_token: str = field(default_factory=lambda: os.environ["CRM_API_TOKEN"], repr=False)
    database_url: str = field(default_factory=lambda: os.environ["MEMBER_DATABASE_URL"], repr=False)
    batch_size: int = 100


def changed_members(database_url: str, since: datetime) -> list[dict]:
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, email, full_name, tier, expires_on FROM members WHERE updated_at >= :since"),
            {"since": since},
        ).mappings()
        return [dict(r) for r in rows]


def run_sync(settings: CrmSettings | None = None, hours: int = 24) -> int:
    settings = settings or CrmSettings()
    since = datetime.now(timezone.utc) - timedelta(hours=hours)
    members = changed_members(settings.database_url, since)
    log.info("syncing %d members to %s, token %s", len(members), settings.base_url, _mask(settings.api_token))
    headers = {"Authorization": f"Bearer {settings.api_token}"}
    sent = 0
    with httpx.Client(base_url=settings.base_url, headers=headers, timeout=30) as client:
        for start in range(0, len(members), settings.batch_size):
            batch = members[start:start + settings.batch_size]
            payload = [
                {"external_id": m["id"], "email": m["email"], "name": m["full_name"],
                 "tier": m["tier"], "expires_on": m["expires_on"].isoformat()}
                for m in batch
            ]
            resp = client.post("/contacts/bulk_upsert", json={"contacts": payload})
            if resp.status_code >= 400:
                log.error("CRM rejected batch at %d: HTTP %d", start, resp.status_code)
                continue
            sent += len(batch)
            for m in batch:
                log.debug("synced member %s <%s>", m["id"], m["email"])
    log.info("membership sync finished: %d/%d sent", sent, len(members))
    return sent


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_sync()
