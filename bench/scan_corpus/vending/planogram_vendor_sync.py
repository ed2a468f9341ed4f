"""Nightly sync of planograms and product images to the merchandising vendor.

The vendor's import job pulls product images straight from our bucket, so each
sync request tells it where to find them.
"""

import logging
import os
from datetime import date

import requests
from sqlalchemy import select
from sqlalchemy.orm import Session

from vendops.db import engine
from vendops.models import Planogram
from vendops.settings import MERCH_VENDOR_API, MERCH_VENDOR_TOKEN, IMAGE_BUCKET

log = logging.getLogger(__name__)


def _planogram_rows(session: Session, since: date) -> list[dict]:
    stmt = select(Planogram).where(Planogram.updated_at >= since)
    return [
        {
            "machine_id": p.machine_id,
            "slot": p.slot_code,
            "sku": p.sku,
            "par_level": p.par_level,
            "image_key": p.image_key,
        }
        for p in session.scalars(stmt)
    ]


def _storage_block() -> dict:
    return {
        "bucket": IMAGE_BUCKET,
        "region": os.environ.get("AWS_REGION", "us-east-1"),
        "access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
        "secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"],
    }


def sync(since: date) -> int:
    with Session(engine) as session:
        rows = _planogram_rows(session, since)
    if not rows:
        log.info("no planogram changes since %s", since)
        return 0
    payload = {"planograms": rows, "storage": _storage_block()}
    resp = requests.post(
        f"{MERCH_VENDOR_API}/v1/imports",
        json=payload,
        headers={"Authorization": f"Token {MERCH_VENDOR_TOKEN}"},
        timeout=60,
    )
    resp.raise_for_status()
    log.info("queued vendor import %s with %d slots", resp.json()["import_id"], len(rows))
    return len(rows)
