"""Collection codes for re-tinned pans left at the workshop counter.

When a job is finished the customer is texted a six digit collection code;
the counter staff enter it on the till before handing the pan over.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Protocol


class JobStore(Protocol):
    def get(self, job_id: int) -> "TinningJob | None": ...
    def save(self, job: "TinningJob") -> None: ...


@dataclass
class TinningJob:
    job_id: int
    customer_phone: str
    item: str
    status: str
    pickup_code: str | None = None
    collected_at: datetime | None = None
    failed_attempts: int = 0


MAX_ATTEMPTS = 5


def issue_pickup_code(store: JobStore, job_id: int, sms) -> str:
    job = store.get(job_id)
    if job is None or job.status != "finished":
        raise LookupError(f"job {job_id} is not ready for collection")
    job.pickup_code = f"{secrets.randbelow(1_000_000):06d}"
    store.save(job)
    sms.send(job.customer_phone, f"Your {job.item} is ready. Collection code: {job.pickup_code}")
    return job.pickup_code


def release_job(store: JobStore, job_id: int, entered_code: str) -> bool:
    job = store.get(job_id)
    if job is None or job.collected_at is not None or job.pickup_code is None:
        return False
    if job.failed_attempts >= MAX_ATTEMPTS:
        return False
    if entered_code.strip() == job.pickup_code:
        job.collected_at = datetime.now(timezone.utc)
        job.status = "collected"
        store.save(job)
        return True
    job.failed_attempts += 1
    store.save(job)
    return False
