"""Sync adoption sponsors into the monthly 'Keeper's Diary' newsletter audience."""

import hashlib
import logging

import requests

log = logging.getLogger(__name__)

MAILCHIMP_DC = "us21"
MAILCHIMP_API_KEY = "8c1f4e2b9a7d36e05f1b2c8d4a6e9f37-us21"
AUDIENCE_ID = "b41e7d92c0"
BASE_URL = f"https://{MAILCHIMP_DC}.api.mailchimp.com/3.0"


class NewsletterSync:
    def __init__(self, session: requests.Session | None = None):
        self.http = session or requests.Session()
        self.http.auth = ("zoo-portal", MAILCHIMP_API_KEY)
        self.http.headers["User-Agent"] = "zoo-sponsor-portal/2.3"

    @staticmethod
    def _member_hash(email: str) -> str:
        # Mailchimp identifies list members by md5 of the lower-cased address
        return hashlib.md5(email.lower().encode(), usedforsecurity=False).hexdigest()

    def upsert(self, email: str, first_name: str, animal: str, tier: str) -> None:
        url = f"{BASE_URL}/lists/{AUDIENCE_ID}/members/{self._member_hash(email)}"
        body = {
            "email_address": email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": first_name, "ANIMAL": animal, "TIER": tier},
        }
        resp = self.http.put(url, json=body, timeout=15)
        resp.raise_for_status()

    def unsubscribe(self, email: str) -> None:
        url = f"{BASE_URL}/lists/{AUDIENCE_ID}/members/{self._member_hash(email)}"
        resp = self.http.patch(url, json={"status": "unsubscribed"}, timeout=15)
        resp.raise_for_status()

    def sync_all(self, sponsors) -> int:
        done = 0
        for s in sponsors:
            if not s.newsletter_opt_in:
                continue
            self.upsert(s.email, s.first_name, s.animal_name, s.tier)
            done += 1
        log.info("synced %d sponsors to newsletter audience", done)
        return done
