"""Pushes bonded cellar stock movements to CellarTrack, the bonded warehouse system.

CellarTrack holds the customs-facing record of duty-suspended stock, so every
withdrawal or transfer booked in the merchant system is mirrored there.
"""

import os
from typing import Iterable

import httpx

from vintner.cellar.models import StockMovement

CELLARTRACK_URL = os.environ.get("CELLARTRACK_URL", "https://api.cellartrack.example/v3")


def _client() -> httpx.Client:
    return httpx.Client(
        base_url=CELLARTRACK_URL,
        headers={
            "Authorization": f"Token {os.environ['CELLARTRACK_API_TOKEN']}",
            "X-Warehouse-Id": os.environ["CELLARTRACK_WAREHOUSE_ID"],
        },
        timeout=30.0,
    )


def _movement_payload(movement: StockMovement) -> dict:
    return {
        "movement_ref": movement.reference,
        "type": movement.kind,
        "lot_ref": movement.lot_ref,
        "cases": movement.cases,
        "bottles": movement.bottles,
        "effective_date": movement.effective_date.isoformat(),
        "duty_status": movement.duty_status,
    }


def push_movements(movements: Iterable[StockMovement]) -> int:
    pushed = 0
    with _client() as client:
        for movement in movements:
            response = client.post("/movements", json=_movement_payload(movement))
            response.raise_for_status()
            movement.mark_synced(response.json()["id"])
            pushed += 1
    return pushed
