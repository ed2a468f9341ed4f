"""In-process job registry; the scheduler process reads it through the API."""

from threading import Lock

from .models import JobDefinition


class JobStore:
    def __init__(self) -> None:
        self._jobs: dict[str, JobDefinition] = {}
        self._lock = Lock()

    def put(self, job: JobDefinition) -> None:
        with self._lock:
            self._jobs[job.name] = job

    def put_many(self, jobs: list[JobDefinition]) -> None:
        with self._lock:
            self._jobs.update((job.name, job) for job in jobs)

    def get(self, name: str) -> JobDefinition | None:
        return self._jobs.get(name)

    def all(self) -> list[JobDefinition]:
        return sorted(self._jobs.values(), key=lambda job: job.name)
