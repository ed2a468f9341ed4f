"""Celery tasks that book courier collections for club shipments.

The courier API rate-limits aggressively during the quarterly club dispatch, so
failed bookings are retried with exponential backoff and random jitter to avoid
every worker retrying in lockstep.
"""

import random

import requests
from celery import shared_task

from vintner.config import settings
from vintner.shipping.models import Shipment

BASE_DELAY_SECONDS = 20
MAX_DELAY_SECONDS = 900


def backoff_with_jitter(attempt: int) -> float:
    ceiling = min(MAX_DELAY_SECONDS, BASE_DELAY_SECONDS * (2 ** attempt))
    return random.uniform(ceiling / 2, ceiling)


@shared_task(bind=True, max_retries=8)
def book_courier_collection(self, shipment_id: int) -> str:
    shipment = Shipment.objects.get(pk=shipment_id)
    try:
        response = requests.post(
            f"{settings.COURIER_API_URL}/collections",
            json={
                "reference": shipment.reference,
                "parcels": shipment.case_count,
                "weight_kg": float(shipment.weight_kg),
                "postcode": shipment.postcode,
            },
            headers={"Authorization": f"Bearer {settings.COURIER_API_TOKEN}"},
            timeout=15,
        )
        response.raise_for_status()
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=backoff_with_jitter(self.request.retries))
    shipment.courier_booking_ref = response.json()["booking_ref"]
    shipment.save(update_fields=["courier_booking_ref"])
    return shipment.courier_booking_ref
