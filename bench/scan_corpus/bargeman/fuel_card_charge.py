"""Celery tasks settling bunkering purchases against the fuel card processor."""
import logging
from decimal import Decimal

import httpx
from celery import shared_task

from bargeman.fuel.models import FuelCard, FuelPurchase
from bargeman.settings import settings

logger = logging.getLogger(__name__)


def _processor_client() -> httpx.Client:
    return httpx.Client(
        base_url=settings.FUEL_PROCESSOR_URL,
        auth=(settings.FUEL_PROCESSOR_USER, settings.FUEL_PROCESSOR_PASSWORD),
        timeout=20.0,
    )


def _charge_payload(card: FuelCard, purchase: FuelPurchase) -> dict:
    return {
        "pan": card.pan,
        "expiry": card.expiry.strftime("%m%y"),
        "amount": str(purchase.amount_eur.quantize(Decimal("0.01"))),
        "merchant": purchase.station_code,
        "reference": purchase.reference,
    }


@shared_task(bind=True, max_retries=3, name="fuel.settle_purchase")
def settle_purchase(self, purchase_id: int) -> str:
    purchase = FuelPurchase.objects.select_related("card").get(pk=purchase_id)
    card = purchase.card
    payload = _charge_payload(card, purchase)
    logger.info(f"settling purchase {purchase.reference} on card {payload['pan']} for EUR {payload['amount']}")
    try:
        with _processor_client() as client:
            resp = client.post("/v1/charges", json=payload)
            resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise self.retry(exc=exc, countdown=60)
    purchase.processor_ref = resp.json()["charge_id"]
    purchase.status = FuelPurchase.Status.SETTLED
    purchase.save(update_fields=["processor_ref", "status"])
    return purchase.processor_ref
