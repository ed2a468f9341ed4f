"""Push the current RFID allowlist to the front-door controller.

Run from cron every five minutes on the membership server. The controller
firmware exposes a small JSON API that accepts a full replacement list, so
we always send every active card rather than a diff.
"""
import logging
import os
import sys

import psycopg2
import requests

log = logging.getLogger("door_sync")

CONTROLLER_URL = "http://192.168.10.41:8080/api/v1/allowlist"
REQUEST_TIMEOUT = 10


def active_card_ids(conn):
    with conn.cursor() as cur:
        cur.execute(
            """
            SELECT c.uid
              FROM rfid_cards c
              JOIN members m ON m.id = c.member_id
             WHERE m.status = %s AND c.revoked_at IS NULL
            """,
            ("active",),
        )
        return sorted(row[0] for row in cur.fetchall())


def push_allowlist(uids):
    resp = requests.put(CONTROLLER_URL, json={"cards": uids}, timeout=REQUEST_TIMEOUT)
    resp.raise_for_status()
    return resp.json().get("accepted", 0)


def main():
    logging.basicConfig(level=logging.INFO)
    conn = psycopg2.connect(os.environ["MEMBERS_DATABASE_URL"])
    try:
        uids = active_card_ids(conn)
    finally:
        conn.close()
    accepted = push_allowlist(uids)
    log.info("controller accepted %d of %d cards", accepted, len(uids))
    return 0 if accepted == len(uids) else 1


if __name__ == "__main__":
    sys.exit(main())
