"""Fetch and check supplier delivery notes for material orders.

The supplier API lists each delivery note with a published SHA-256 checksum.
Notes are downloaded, compared with that checksum to catch truncated or
corrupted transfers, and stored against the order.
"""
import hashlib
from pathlib import Path

import httpx

from pargeter.config import settings
from pargeter.orders import MaterialOrder


class DeliveryNoteError(Exception):
    pass


def _store(order: MaterialOrder, note_number: int, content: bytes) -> Path:
    target_dir = Path(settings.ORDER_DOCS_ROOT) / str(order.id)
    target_dir.mkdir(parents=True, exist_ok=True)
    path = target_dir / f"delivery-{note_number:06d}.pdf"
    path.write_bytes(content)
    return path


async def fetch_delivery_notes(order: MaterialOrder) -> list[Path]:
    saved = []
    async with httpx.AsyncClient(base_url=settings.SUPPLIER_API_URL, timeout=30) as client:
        listing = await client.get(f"/orders/{order.supplier_ref}/delivery-notes")
        listing.raise_for_status()
        for note in listing.json()["notes"]:
            response = await client.get(note["download_url"])
            response.raise_for_status()
            content = response.content
            if hashlib.sha256(content).hexdigest() == note["sha256"].lower():
                saved.append(_store(order, int(note["note_number"]), content))
            else:
                raise DeliveryNoteError(f"checksum mismatch on note {note['note_number']}")
    return saved
