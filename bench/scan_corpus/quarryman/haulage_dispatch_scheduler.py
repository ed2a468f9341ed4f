"""Celery tasks that allocate lorries to loading bays each morning.

Booked lorries are grouped by product (scalpings, 40mm clean, dimension
blocks) and shared across the loading shovels. Within a time slot the order
is randomised so no haulier is always loaded last, and calls to the
haulier's notification endpoint are retried with a little jitter.
"""

import random
from dataclasses import dataclass
from datetime import date

import httpx
from celery import Celery

app = Celery("dispatch")
app.config_from_object("quarryman.celeryconfig")

BAYS_BY_PRODUCT = {
    "scalpings": ["bay-1", "bay-2"],
    "40mm-clean": ["bay-3"],
    "dimension-block": ["crane-yard"],
}


@dataclass
class Booking:
    booking_ref: str
    haulier_id: int
    registration: str
    product: str
    slot: str
    notify_url: str | None


def load_bookings(day: date) -> list[Booking]:
    from quarryman.bookings import repository

    return [Booking(**row) for row in repository.bookings_for_day(day)]


def allocate(bookings: list[Booking]) -> dict[str, list[Booking]]:
    plan: dict[str, list[Booking]] = {}
    by_slot: dict[tuple[str, str], list[Booking]] = {}
    for booking in bookings:
        by_slot.setdefault((booking.slot, booking.product), []).append(booking)
    for (slot, product), group in sorted(by_slot.items()):
        random.shuffle(group)
        bays = BAYS_BY_PRODUCT.get(product, ["bay-1"])
        for idx, booking in enumerate(group):
            plan.setdefault(bays[idx % len(bays)], []).append(booking)
    return plan


@app.task(bind=True, max_retries=5)
def notify_haulier(self, notify_url: str, booking_ref: str, bay: str) -> None:
    try:
        resp = httpx.post(notify_url, json={"booking": booking_ref, "bay": bay}, timeout=10)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        delay = 30 * (2**self.request.retries) + random.uniform(0, 15)
        raise self.retry(exc=exc, countdown=delay)


@app.task
def build_daily_plan(day_iso: str) -> int:
    plan = allocate(load_bookings(date.fromisoformat(day_iso)))
    sent = 0
    for bay, queue in plan.items():
        for booking in queue:
            if booking.notify_url:
                notify_haulier.delay(booking.notify_url, booking.booking_ref, bay)
                sent += 1
    return sent
