"""Nightly job: push delinquency lockouts from the PMS database to the gate system."""
from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass, field

import httpx
import psycopg

log = logging.getLogger("gate_sync")


@dataclass(frozen=True)
class SyncSettings:
    db_host: str = field(default_factory=lambda: os.environ["PMS_DB_HOST"])
    db_name: str = field(default_factory=lambda: os.environ.get("PMS_DB_NAME", "pms"))
    db_user: str = field(default_factory=lambda: os.environ["PMS_DB_USER"])
    db_password: str = field(default_factory=lambda: os.environ["PMS_DB_PASSWORD"])
    gate_api_url: str = field(default_factory=lambda: os.environ["GATE_API_URL"])
    gate_api_token: str = field(default_factory=lambda: os.environ["GATE_API_TOKEN"])
    days_late: int = 10

    @property
    def database_url(self) -> str:
        return f"postgresql://{self.db_user}:{self.db_password}@{self.db_host}/{self.db_name}"


def delinquent_tenants(conn: psycopg.Connection, days_late: int) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT t.id, t.gate_profile_id FROM tenants t "
        "JOIN invoices i ON i.tenant_id = t.id "
        "WHERE i.paid_at IS NULL AND i.due_on < CURRENT_DATE - %s::int "
        "AND NOT t.gate_locked GROUP BY t.id, t.gate_profile_id",
        (days_late,),
    ).fetchall()


def lock_out(client: httpx.Client, gate_profile_id: str) -> None:
    resp = client.post(f"/profiles/{gate_profile_id}/lockout", json={"reason": "delinquent"})
    resp.raise_for_status()


def run(settings: SyncSettings) -> int:
    log.info("connecting to PMS database %s", settings.database_url)
    locked = 0
    with psycopg.connect(settings.database_url) as conn, httpx.Client(
        base_url=settings.gate_api_url,
        headers={"Authorization": f"Bearer {settings.gate_api_token}"},
        timeout=20.0,
    ) as client:
        for tenant_id, profile_id in delinquent_tenants(conn, settings.days_late):
            try:
                lock_out(client, profile_id)
            except httpx.HTTPError as exc:
                log.error("lockout failed for tenant %s: %s", tenant_id, exc)
                continue
            conn.execute("UPDATE tenants SET gate_locked = true WHERE id = %s", (tenant_id,))
            locked += 1
    log.info("locked out %d delinquent tenants", locked)
    return locked


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    sys.exit(0 if run(SyncSettings()) >= 0 else 1)
