"""Collection codes customers quote at the counter to pick up a repaired bike."""
from __future__ import annotations

import os
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import httpx


class CodeFormat:
    alphabet = string.ascii_uppercase + string.digits
    length = 6
    ttl = timedelta(days=14)

    def draw(self) -> str:
        return "".join(random.choices(self.alphabet, k=self.length))


@dataclass
class CollectionNotice:
    job_card: str
    customer_phone: str
    store_name: str
    code: str
    expires_at: datetime

    def sms_body(self) -> str:
        return (
            f"Your bike (job {self.job_card}) is ready at {self.store_name}. "
            f"Quote code {self.code} at the counter before "
            f"{self.expires_at:%d %b}."
        )


class CollectionNotifier:
    def __init__(self, fmt: CodeFormat | None = None) -> None:
        self.fmt = fmt or CodeFormat()
        self.client = httpx.Client(
            base_url=os.environ["SMS_GATEWAY_URL"],
            headers={"Authorization": f"Bearer {os.environ['SMS_GATEWAY_TOKEN']}"},
            timeout=10.0,
        )

    def prepare(self, job_card: str, phone: str, store: str) -> CollectionNotice:
        return CollectionNotice(
            job_card=job_card,
            customer_phone=phone,
            store_name=store,
            code=self.fmt.draw(),
            expires_at=datetime.now(timezone.utc) + self.fmt.ttl,
        )

    def send(self, notice: CollectionNotice) -> str:
        response = self.client.post(
            "/v1/messages",
            json={"to": notice.customer_phone, "body": notice.sms_body()},
        )
        response.raise_for_status()
        return response.json()["message_id"]


def notify_ready(job_card: str, phone: str, store: str) -> CollectionNotice:
    notifier = CollectionNotifier()
    notice = notifier.prepare(job_card, phone, store)
    notifier.send(notice)
    return notice
