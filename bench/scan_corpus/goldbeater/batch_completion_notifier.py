"""Notify the sales team when a beating batch has finished quality control."""
import os
from decimal import Decimal

import requests
from celery import shared_task

from goldbeater.workshop.models import Batch

TEAMS_WEBHOOK_URL = os.environ["SALES_TEAMS_WEBHOOK_URL"]
TIMEOUT = float(os.environ.get("NOTIFY_TIMEOUT", "10"))


def batch_card(batch: Batch) -> dict:
    yield_pct = (Decimal(batch.leaf_weight_g) / Decimal(batch.ingot_weight_g) * 100).quantize(Decimal("0.1"))
    return {
        "@type": "MessageCard",
        "summary": f"Batch {batch.code} released",
        "sections": [
            {
                "activityTitle": f"Batch {batch.code} released to stock",
                "facts": [
                    {"name": "Karat", "value": batch.karat},
                    {"name": "Books", "value": str(batch.book_count)},
                    {"name": "Yield", "value": f"{yield_pct}%"},
                    {"name": "Colour", "value": batch.colour},
                ],
            }
        ],
    }


@shared_task(autoretry_for=(requests.RequestException,), retry_backoff=True, max_retries=5)
def announce_batch(batch_id: int) -> None:
    batch = Batch.objects.get(pk=batch_id)
    if batch.qc_status != "passed":
        return
    resp = requests.post(TEAMS_WEBHOOK_URL, json=batch_card(batch), timeout=TIMEOUT)
    resp.raise_for_status()
