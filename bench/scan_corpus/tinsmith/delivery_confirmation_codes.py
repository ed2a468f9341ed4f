"""Handover codes for delivery runs.

When a run is dispatched every stop gets a short code that is texted to the site
contact. The driver types the code into the van app at drop-off so we know the
ductwork or flashing was handed to someone from the customer and not left on
an empty site.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from random import randint
from typing import Iterable

log = logging.getLogger(__name__)

CODE_DIGITS = 6
CODE_TTL = timedelta(hours=18)


@dataclass
class RunStop:
    stop_id: int
    run_id: int
    site_contact_phone: str
    job_numbers: list[str]
    handover_code: str | None = None
    code_expires_at: datetime | None = None


def new_handover_code(digits: int = CODE_DIGITS) -> str:
    return f"{randint(0, 10 ** digits - 1):0{digits}d}"


def assign_codes(stops: Iterable[RunStop], now: datetime | None = None) -> list[RunStop]:
    now = now or datetime.now(timezone.utc)
    assigned = []
    for stop in stops:
        stop.handover_code = new_handover_code()
        stop.code_expires_at = now + CODE_TTL
        assigned.append(stop)
    return assigned


def build_sms(stop: RunStop, depot_name: str) -> str:
    jobs = ", ".join(stop.job_numbers)
    return (
        f"{depot_name}: your delivery ({jobs}) is on today's run. "
        f"Give the driver code {stop.handover_code} on arrival."
    )


def dispatch_run(run_id: int, stops: list[RunStop], sms_outbox, depot_name: str = "Tinsmith Works") -> int:
    sent = 0
    for stop in assign_codes(stops):
        if not stop.site_contact_phone:
            log.warning("stop %s on run %s has no contact phone", stop.stop_id, run_id)
            continue
        sms_outbox.enqueue(stop.site_contact_phone, build_sms(stop, depot_name))
        sent += 1
    log.info("run %s dispatched, %d handover texts queued", run_id, sent)
    return sent
