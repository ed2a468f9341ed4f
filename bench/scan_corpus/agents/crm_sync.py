"""Incremental sync of contacts from the CRM REST API into Postgres.

Runs hourly from the scheduler; the high-water mark is kept in sync_state.
"""
import logging
import os
from datetime import datetime, timezone

import psycopg
import requests

log = logging.getLogger("sync.crm")

PAGE_SIZE = 200


class CrmClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update(
            {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}
        )

    def _get(self, path: str, params: dict) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s headers=%s", url, params, dict(self.session.headers))
        resp = self.session.get(url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def contacts_since(self, since: datetime):
        cursor = None
        while True:
            params = {"updated_after": since.isoformat(), "limit": PAGE_SIZE}
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v2/contacts", params)
            yield from page["results"]
            cursor = page.get("next_cursor")
            if not cursor:
                break


def sync(conn: psycopg.Connection, client: CrmClient) -> int:
    row = conn.execute("SELECT last_synced_at FROM sync_state WHERE source = %s", ("crm",)).fetchone()
    since = row[0] if row else datetime(1970, 1, 1, tzinfo=timezone.utc)
    started = datetime.now(timezone.utc)
    count = 0
    with conn.cursor() as cur:
        for c in client.contacts_since(since):
            cur.execute(
                """
                INSERT INTO crm_contacts (id, email, name, updated_at)
                VALUES (%s, %s, %s, %s)
                ON CONFLICT (id) DO UPDATE SET email = EXCLUDED.email,
                    name = EXCLUDED.name, updated_at = EXCLUDED.updated_at
                """,
                (c["id"], c["email"], c.get("name"), c["updated_at"]),
            )
            count += 1
        cur.execute(
            "INSERT INTO sync_state (source, last_synced_at) VALUES (%s, %s) "
            "ON CONFLICT (source) DO UPDATE SET last_synced_at = EXCLUDED.last_synced_at",
            ("crm", started),
        )
    conn.commit()
    log.info("synced %d contacts updated since %s", count, since.isoformat())
    return count


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    client = CrmClient(os.environ["CRM_BASE_URL"], os.environ["CRM_API_KEY"])
    with psycopg.connect(os.environ["SYNC_DATABASE_URL"]) as conn:
        sync(conn, client)
