"""Push batch job metrics to the Prometheus Pushgateway."""
import os
import time
from contextlib import contextmanager

from prometheus_client import CollectorRegistry, Counter, Gauge, push_to_gateway


class BatchMetrics:
    def __init__(self, job: str) -> None:
        self.job = job
        self.registry = CollectorRegistry()
        self.duration = Gauge("batch_duration_seconds", "Wall time of the batch", registry=self.registry)
        self.rows = Counter("batch_rows_processed", "Rows processed", registry=self.registry)
        self.errors = Counter("batch_row_errors", "Rows rejected", registry=self.registry)
        self.last_success = Gauge("batch_last_success_unixtime", "Last success", registry=self.registry)

    @contextmanager
    def timed(self):
        started = time.monotonic()
        try:
            yield self
            self.last_success.set_to_current_time()
        finally:
            self.duration.set(time.monotonic() - started)
            self.push()

    def push(self) -> None:
        gateway = os.environ.get("PUSHGATEWAY_ADDR")
        if gateway:
            push_to_gateway(gateway, job=self.job, registry=self.registry, timeout=10)
