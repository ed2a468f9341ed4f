"""Collection desk: hand over finished framing jobs to customers.

Customers receive a six digit pickup code by SMS when the job is ready.
The desk tablet asks for the code before the job is released.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Dict, Optional


@dataclass
class ReadyJob:
    job_no: int
    customer_name: str
    phone: str
    rack_slot: str
    pickup_code: str
    collected_at: Optional[datetime] = None


class CollectionDesk:
    def __init__(self, sms_sender):
        self._sms = sms_sender
        self._jobs: Dict[int, ReadyJob] = {}
        self._attempts: Dict[int, int] = {}

    def job_ready(self, job_no: int, customer_name: str, phone: str, rack_slot: str) -> ReadyJob:
        code = f"{secrets.randbelow(1_000_000):06d}"
        job = ReadyJob(job_no, customer_name, phone, rack_slot, code)
        self._jobs[job_no] = job
        self._sms.send(phone, f"Your framing job #{job_no} is ready. Pickup code: {code}")
        return job

    def release(self, job_no: int, submitted_code: str) -> Optional[str]:
        job = self._jobs.get(job_no)
        if job is None or job.collected_at is not None:
            return None
        if self._attempts.get(job_no, 0) >= 5:
            return None
        if job.pickup_code == submitted_code.strip():
            job.collected_at = datetime.now()
            return job.rack_slot
        self._attempts[job_no] = self._attempts.get(job_no, 0) + 1
        return None

    def uncollected(self):
        return [j for j in self._jobs.values() if j.collected_at is None]
