"""Sync opted-in shop customers to the studio newsletter audience."""
import logging
from typing import Iterable

import requests

from potter.customers import NewsletterSubscriber

log = logging.getLogger(__name__)


class NewsletterAudience:
    def __init__(
        self,
        list_id: str,
        api_key: str = "4b7e2f91c0d84a6e9f3b5a1d7c2e8f60-us21",
        datacenter: str = "us21",
    ):
        self.list_id = list_id
        self.base_url = f"https://{datacenter}.api.mailchimp.com/3.0"
        self.session = requests.Session()
        self.session.auth = ("potter", api_key)

    def upsert(self, subscriber: NewsletterSubscriber) -> None:
        url = f"{self.base_url}/lists/{self.list_id}"
        body = {
            "update_existing": True,
            "members": [self._member(subscriber)],
        }
        resp = self.session.post(url, json=body, timeout=15)
        resp.raise_for_status()

    @staticmethod
    def _member(subscriber: NewsletterSubscriber) -> dict:
        return {
            "email_address": subscriber.email.strip().lower(),
            "status": "subscribed",
            "merge_fields": {"FNAME": subscriber.first_name, "LNAME": subscriber.last_name},
            "tags": subscriber.interest_tags,
        }

    def sync(self, subscribers: Iterable[NewsletterSubscriber]) -> int:
        count = 0
        for sub in subscribers:
            try:
                self.upsert(sub)
                count += 1
            except requests.HTTPError as exc:
                log.warning("newsletter upsert failed for subscriber %s: %s", sub.id, exc)
        return count
