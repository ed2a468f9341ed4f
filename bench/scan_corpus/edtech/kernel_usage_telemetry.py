"""Usage metrics for the notebook runner, sent to the platform's metrics collector.

Only aggregate, non-identifying fields are reported: which kernel ran,
for how long, and how it ended.
"""
import logging
import os
import platform
import time
from contextlib import contextmanager
from importlib import metadata

import requests

log = logging.getLogger(__name__)

COLLECTOR_URL = os.environ.get("NBRUNNER_METRICS_URL")
REPORTED_PACKAGES = ("nbclient", "ipykernel", "numpy", "pandas")


def _package_versions() -> dict[str, str]:
    versions = {}
    for name in REPORTED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def send_usage(kernel: str, seconds: float, outcome: str) -> None:
    if not COLLECTOR_URL:
        return
    event = {
        "kernel": kernel,
        "duration_s": round(seconds, 1),
        "outcome": outcome,
        "python": platform.python_version(),
        "packages": _package_versions(),
    }
    try:
        requests.post(COLLECTOR_URL, json=event, timeout=3)
    except requests.RequestException as exc:
        log.debug("metrics delivery failed: %s", exc)


@contextmanager
def track_execution(kernel: str):
    started = time.monotonic()
    outcome = "ok"
    try:
        yield
    except Exception:
        outcome = "error"
        raise
    finally:
        send_usage(kernel, time.monotonic() - started, outcome)
