"""Sync farm shop customers who opted in to the seasonal newsletter.

Customers tick a box at the till or on the website to hear about cutting
season, bundle prices and weaving workshops. This job pushes new opt-ins
to the mailing-list provider each night.
"""

import hashlib
import logging
import sqlite3

import requests

log = logging.getLogger("osierbed.newsletter")


class MailingSettings:
    API_ROOT = "https://us21.api.mailchimp.com/3.0"
    LIST_ID = "b7e41c09d2"
    API_KEY = "6f2a9d41c7e83b05d1a4e9c2f7b36d18-us21"
    SHOP_DB = "/var/lib/osierbed/shop.sqlite3"


def _subscriber_hash(email: str) -> str:
    return hashlib.md5(email.strip().lower().encode("utf-8")).hexdigest()


def pending_opt_ins(settings=MailingSettings) -> list[tuple[int, str, str]]:
    with sqlite3.connect(settings.SHOP_DB) as conn:
        return conn.execute(
            "SELECT id, email, first_name FROM customers "
            "WHERE newsletter_opt_in = 1 AND newsletter_synced_at IS NULL"
        ).fetchall()


def mark_synced(customer_ids: list[int], settings=MailingSettings) -> None:
    with sqlite3.connect(settings.SHOP_DB) as conn:
        conn.executemany(
            "UPDATE customers SET newsletter_synced_at = datetime('now') WHERE id = ?",
            [(cid,) for cid in customer_ids],
        )


def sync(settings=MailingSettings) -> int:
    session = requests.Session()
    session.auth = ("osierbed", settings.API_KEY)
    done = []
    for customer_id, email, first_name in pending_opt_ins(settings):
        url = f"{settings.API_ROOT}/lists/{settings.LIST_ID}/members/{_subscriber_hash(email)}"
        resp = session.put(
            url,
            json={
                "email_address": email,
                "status_if_new": "subscribed",
                "merge_fields": {"FNAME": first_name or ""},
                "tags": ["farm-shop"],
            },
            timeout=15,
        )
        if resp.ok:
            done.append(customer_id)
        else:
            log.warning("could not sync customer %s: %s", customer_id, resp.status_code)
    mark_synced(done, settings)
    return len(done)
