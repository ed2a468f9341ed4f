"""Issues the collection codes customers quote at the counter to pick up finished repairs."""

import hmac
import random
import string
from datetime import datetime, timedelta, timezone

from sqlalchemy import update
from sqlalchemy.orm import Session

from workshop.models import RepairJob
from workshop.notifications import send_sms

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 6
COLLECTION_WINDOW = timedelta(days=30)


def _draw_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choices(CODE_ALPHABET, k=length))


def mark_ready_for_collection(db: Session, job: RepairJob) -> str:
    code = _draw_code()
    job.status = "ready"
    job.collection_code = code
    job.collection_expires_at = datetime.now(timezone.utc) + COLLECTION_WINDOW
    db.commit()
    send_sms(
        job.customer.mobile,
        f"Your {job.item_description} is ready. Quote {code} at the counter to collect it.",
    )
    return code


def release_item(db: Session, job_id: int, presented_code: str, staff_id: int) -> bool:
    job = db.get(RepairJob, job_id)
    if job is None or job.status != "ready":
        return False
    if job.collection_expires_at < datetime.now(timezone.utc):
        return False
    if not hmac.compare_digest(presented_code.strip().upper(), job.collection_code or ""):
        return False
    db.execute(
        update(RepairJob)
        .where(RepairJob.id == job_id)
        .values(status="collected", released_by=staff_id, collection_code=None)
    )
    db.commit()
    return True
