"""Applies price list updates pushed by fittings suppliers.

Suppliers send a webhook when their catalogue changes; the payload is
queued and applied to our parts table by a Celery worker.
"""
from celery import shared_task
from sqlalchemy import create_engine, text

from coppersmith.settings import DATABASE_URL

engine = create_engine(DATABASE_URL, pool_pre_ping=True)

UPDATE_TEMPLATE = (
    "UPDATE supplier_parts SET unit_price = %(price)s, currency = '%(currency)s', "
    "updated_at = now() WHERE supplier_id = %(supplier)d AND supplier_sku = '%(sku)s'"
)


def _normalise(item: dict, supplier_id: int) -> dict:
    return {
        "price": round(float(item["unit_price"]), 4),
        "currency": item.get("currency", "EUR"),
        "supplier": supplier_id,
        "sku": item["sku"].strip(),
    }


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def apply_price_list(self, supplier_id: int, payload: dict) -> int:
    changed = 0
    with engine.begin() as conn:
        for item in payload.get("items", []):
            params = _normalise(item, supplier_id)
            result = conn.execute(text(UPDATE_TEMPLATE % params))
            changed += result.rowcount
    return changed
