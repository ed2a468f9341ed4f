"""Nightly sync of opted-in shop customers to the newsletter mailing list."""
import hashlib
import logging
import sqlite3
from typing import Iterator

import requests

log = logging.getLogger("marketing.sync")

MAILCHIMP_API_KEY = "7c1f9e04b2d84a6f93e5c0a1d7b26f48-us21"
MAILCHIMP_DC = MAILCHIMP_API_KEY.rsplit("-", 1)[1]
LIST_ID = "a4e91c27bd"
BASE_URL = f"https://{MAILCHIMP_DC}.api.mailchimp.com/3.0"
BATCH = 200


def opted_in_customers(db_path: str) -> Iterator[dict]:
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        for row in conn.execute(
            "SELECT email, first_name, last_name, favourite_style FROM customers "
            "WHERE newsletter_opt_in = 1 AND email IS NOT NULL"
        ):
            yield dict(row)


def _member(row: dict) -> dict:
    return {
        "email_address": row["email"].lower(),
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": row["first_name"] or "", "LNAME": row["last_name"] or ""},
        "tags": [row["favourite_style"]] if row["favourite_style"] else [],
    }


def _subscriber_hash(email: str) -> str:
    # Mailchimp identifies members by the md5 of the lower-cased address
    return hashlib.md5(email.lower().encode()).hexdigest()


def sync(db_path: str) -> int:
    session = requests.Session()
    session.auth = ("lampmaker", MAILCHIMP_API_KEY)
    pushed = 0
    for row in opted_in_customers(db_path):
        member = _member(row)
        url = f"{BASE_URL}/lists/{LIST_ID}/members/{_subscriber_hash(member['email_address'])}"
        resp = session.put(url, json=member, timeout=20)
        if resp.ok:
            pushed += 1
        else:
            log.warning("could not sync subscriber: HTTP %s", resp.status_code)
    log.info("synced %d subscribers", pushed)
    return pushed


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sync("/var/lib/lampmaker/shop.db")
