"""Builds and submits batched pharmacy claims to the clearinghouse.

Real-time claims go over NCPDP D.0; this job handles the batch of claims that
were held for review during the day and submits them as a single file.
"""
from __future__ import annotations

import logging
import os
import tempfile
from datetime import datetime, timezone

import httpx

from claims.models import HeldClaim
from claims.ncpdp import BatchWriter

log = logging.getLogger("claims.batch")

CLEARINGHOUSE_URL = os.environ["CLEARINGHOUSE_URL"]
SUBMITTER_ID = os.environ["CLEARINGHOUSE_SUBMITTER_ID"]


def _auth_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {os.environ['CLEARINGHOUSE_TOKEN']}"}


def write_batch(claims: list[HeldClaim]) -> str:
    path = tempfile.mktemp(prefix="ncpdp_batch_", suffix=".txt")
    with open(path, "w", encoding="ascii", newline="\r\n") as fh:
        writer = BatchWriter(fh, submitter_id=SUBMITTER_ID)
        writer.header(created=datetime.now(timezone.utc))
        for claim in claims:
            writer.transaction(claim.to_b1())
        writer.trailer()
    return path


def submit(claims: list[HeldClaim]) -> str:
    path = write_batch(claims)
    try:
        with open(path, "rb") as fh, httpx.Client(timeout=60) as client:
            resp = client.post(
                f"{CLEARINGHOUSE_URL}/batches",
                headers=_auth_headers(),
                files={"batch": (os.path.basename(path), fh, "text/plain")},
            )
        resp.raise_for_status()
        batch_id = resp.json()["batchId"]
    finally:
        os.unlink(path)
    HeldClaim.mark_submitted([c.id for c in claims], batch_id)
    log.info("submitted %d held claims as batch %s", len(claims), batch_id)
    return batch_id


if __name__ == "__main__":
    pending = HeldClaim.ready_for_batch()
    if pending:
        submit(pending)
    else:
        log.info("no held claims to submit")
