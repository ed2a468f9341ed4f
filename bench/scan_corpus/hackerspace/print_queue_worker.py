"""Background worker that feeds queued prints to free printers.

Several worker replicas may run; jittered polling keeps them from hitting
the database and the printers in lockstep.
"""
import logging
import random
import time

from .models import QueuedPrint
from .printers import PrinterPool, PrinterUnavailable

log = logging.getLogger("print_worker")

POLL_BASE_S = 10.0
POLL_JITTER_S = 4.0
MAX_BACKOFF_S = 300.0


def _sleep_with_jitter(base: float) -> None:
    time.sleep(base + random.uniform(0, POLL_JITTER_S))


def dispatch_once(pool: PrinterPool) -> bool:
    job = QueuedPrint.claim_next()
    if job is None:
        return False
    printer = pool.free_printer(material=job.material)
    if printer is None:
        job.release()
        return False
    try:
        printer.upload_and_print(job.path)
    except PrinterUnavailable:
        log.warning("printer %s went away, requeueing job %s", printer.name, job.id)
        job.release()
        return False
    job.mark_started(printer.name)
    log.info("job %s started on %s", job.id, printer.name)
    return True


def run(pool: PrinterPool) -> None:
    backoff = POLL_BASE_S
    while True:
        try:
            dispatched = dispatch_once(pool)
            backoff = POLL_BASE_S
        except Exception:
            log.exception("dispatch failed")
            dispatched = False
            backoff = min(backoff * 2, MAX_BACKOFF_S)
        if not dispatched:
            _sleep_with_jitter(backoff)
