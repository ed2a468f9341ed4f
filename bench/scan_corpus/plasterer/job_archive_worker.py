"""Worker that tidies a job's working folder once it has been archived.

When a job is closed the office app queues an 'archive' message listing the
scratch files (draft quotes, resized photos, temporary PDFs) to remove from
the job's working folder after the archive zip has been uploaded.
"""
import json
import logging
import os
import shutil

import redis

log = logging.getLogger("archive_worker")

WORK_ROOT = os.environ.get("JOB_WORK_ROOT", "/srv/plasterpro/work")
QUEUE = "jobs:archive"


def job_folder(job_ref: str) -> str:
    return os.path.join(WORK_ROOT, job_ref.upper())


def remove_scratch(job_ref: str, names: list[str]) -> int:
    removed = 0
    folder = job_folder(job_ref)
    for name in names:
        target = os.path.join(folder, name)
        if os.path.isdir(target):
            shutil.rmtree(target)
            removed += 1
        elif os.path.exists(target):
            os.remove(target)
            removed += 1
    return removed


def handle(message: dict) -> None:
    job_ref = message["job_ref"]
    if not message.get("archive_uploaded"):
        log.warning("archive for %s not confirmed, leaving files", job_ref)
        return
    count = remove_scratch(job_ref, message.get("scratch_files", []))
    log.info("removed %d scratch items for %s", count, job_ref)


def run(redis_url: str = os.environ.get("REDIS_URL", "redis://localhost:6379/0")) -> None:
    r = redis.Redis.from_url(redis_url)
    log.info("archive worker listening on %s", QUEUE)
    while True:
        _, raw = r.blpop(QUEUE)
        try:
            handle(json.loads(raw))
        except Exception:
            log.exception("failed to process archive message")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
