"""Worker that applies job status updates coming from the fitter app.

Updates arrive on a queue after the app has authenticated the fitter.  The
worker uses the job's revision number for optimistic concurrency and skips
updates that would move a job backwards.
"""
import json
import logging
from dataclasses import dataclass

import psycopg2
import psycopg2.extras

log = logging.getLogger("jobs.status_sync")

STATUS_ORDER = ["booked", "surveyed", "glass_ordered", "glass_received", "fitted", "signed_off"]


@dataclass
class StatusUpdate:
    job_ref: str
    new_status: str
    revision: int
    fitter_id: int


def parse(message: bytes) -> StatusUpdate:
    data = json.loads(message)
    return StatusUpdate(data["job_ref"], data["status"], int(data["revision"]), int(data["fitter_id"]))


def apply_update(conn, update: StatusUpdate) -> bool:
    with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "SELECT status, revision FROM jobs WHERE job_ref = %s FOR UPDATE",
            (update.job_ref,),
        )
        row = cur.fetchone()
        if row is None:
            log.warning("Unknown job %s", update.job_ref)
            return False
        if row["revision"] != update.revision:
            log.info("Stale update for %s (rev %s, have %s)", update.job_ref, update.revision, row["revision"])
            return False
        if row["status"] == update.new_status:
            return True
        if STATUS_ORDER.index(update.new_status) < STATUS_ORDER.index(row["status"]):
            log.info("Ignoring backwards move %s -> %s", row["status"], update.new_status)
            return False
        cur.execute(
            "UPDATE jobs SET status = %s, revision = revision + 1, updated_by = %s WHERE job_ref = %s",
            (update.new_status, update.fitter_id, update.job_ref),
        )
    conn.commit()
    return True


def run(dsn: str, consumer) -> None:
    conn = psycopg2.connect(dsn)
    for message in consumer:
        update = parse(message.value)
        if apply_update(conn, update):
            log.info("Job %s now %s", update.job_ref, update.new_status)
