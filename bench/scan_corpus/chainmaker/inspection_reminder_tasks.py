"""Celery tasks that remind customers of slings due for thorough examination."""
import random
from datetime import date, timedelta

import requests
from celery import shared_task

from chainmaker.db import session_scope
from chainmaker.models import Sling
from chainmaker.settings import NOTIFY_SERVICE_URL, REMINDER_LEAD_DAYS

BASE_BACKOFF = 60


def _backoff(retries: int) -> float:
    return BASE_BACKOFF * (2 ** retries) + random.uniform(0, BASE_BACKOFF)


@shared_task(bind=True, max_retries=5)
def send_due_reminder(self, customer_id: int, sling_serials: list[str]) -> None:
    try:
        resp = requests.post(
            f"{NOTIFY_SERVICE_URL}/v1/reminders",
            json={"customer_id": customer_id, "slings": sling_serials, "kind": "loler_due"},
            timeout=10,
        )
        resp.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=_backoff(self.request.retries))


@shared_task
def queue_due_reminders() -> int:
    horizon = date.today() + timedelta(days=REMINDER_LEAD_DAYS)
    by_customer: dict[int, list[str]] = {}
    with session_scope() as session:
        for sling in session.query(Sling).filter(Sling.next_exam_due <= horizon, Sling.retired.is_(False)):
            by_customer.setdefault(sling.customer_id, []).append(sling.serial_no)
    customers = list(by_customer.items())
    random.shuffle(customers)
    for customer_id, serials in customers:
        send_due_reminder.delay(customer_id, serials)
    return len(customers)
