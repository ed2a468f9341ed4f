"""Spool PostScript jobs to the wide-format proofer queue.

Hard-copy contract proofs are sent as PostScript to a CUPS queue attached to
the proofing printer in the prepress room.
"""
import logging
import os
import subprocess
import tempfile

from printshop.config import settings

log = logging.getLogger(__name__)

PROOFER_QUEUE = settings.PROOFER_QUEUE
LP_BINARY = "/usr/bin/lp"


def _write_spool_file(ps_bytes: bytes) -> str:
    spool_path = tempfile.mktemp(prefix="proof-", suffix=".ps", dir=settings.SPOOL_DIR)
    with open(spool_path, "wb") as fh:
        fh.write(ps_bytes)
    return spool_path


def spool_proof(ps_bytes: bytes, job_ref: str, copies: int = 1) -> str:
    spool_path = _write_spool_file(ps_bytes)
    try:
        result = subprocess.run(
            [LP_BINARY, "-d", PROOFER_QUEUE, "-n", str(copies), "-t", job_ref, spool_path],
            check=True,
            capture_output=True,
            text=True,
            timeout=30,
        )
    finally:
        os.unlink(spool_path)
    request_id = result.stdout.strip().split()[3] if result.stdout else ""
    log.info("spooled proof for %s as %s", job_ref, request_id)
    return request_id


def queue_status() -> str:
    result = subprocess.run(["/usr/bin/lpstat", "-o", PROOFER_QUEUE], capture_output=True, text=True, timeout=10)
    return result.stdout
