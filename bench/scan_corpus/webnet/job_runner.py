"""Executes queued export jobs and records their outcome."""
import logging
import time
from typing import Callable

from exports.models import ExportJob, JobState
from exports.storage import upload_result

logger = logging.getLogger("exports.runner")

Handler = Callable[[ExportJob], bytes]


class JobRunner:
    def __init__(self, handlers: dict[str, Handler], max_attempts: int = 3) -> None:
        self.handlers = handlers
        self.max_attempts = max_attempts

    def run(self, job: ExportJob) -> None:
        handler = self.handlers.get(job.kind)
        if handler is None:
            logger.error(f"job {job.id}: no handler for kind {job.kind!r}")
            job.mark(JobState.FAILED, reason="unknown kind")
            return

        started = time.perf_counter()
        logger.info(f"job {job.id} started (kind={job.kind}, user={job.user_id}, request={job.request_id})")
        try:
            data = handler(job)
            location = upload_result(job, data)
        except Exception:
            job.attempts += 1
            state = JobState.FAILED if job.attempts >= self.max_attempts else JobState.RETRY
            logger.exception(f"job {job.id} attempt {job.attempts} failed; next state {state.name}")
            job.mark(state)
            return

        elapsed = time.perf_counter() - started
        job.mark(JobState.DONE, location=location)
        logger.info(f"job {job.id} finished in {elapsed:.2f}s ({len(data)} bytes)")
