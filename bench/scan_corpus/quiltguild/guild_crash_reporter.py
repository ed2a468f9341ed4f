"""Reports crashes in the guild's scheduled jobs to the error tracker."""
from __future__ import annotations

import logging
import os
import platform
import sys
import traceback
from datetime import datetime, timezone

import requests

log = logging.getLogger("quiltguild.crash")

REPORTABLE_ENV = ("QUILTGUILD_ENV", "APP_VERSION", "GIT_SHA", "JOB_NAME", "TZ")


def deployment_context() -> dict:
    env = {name: os.environ[name] for name in REPORTABLE_ENV if name in os.environ}
    return {
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "env": env,
    }


class CrashReporter:
    def __init__(self, endpoint: str, job: str) -> None:
        self.endpoint = endpoint
        self.job = job
        self._session = requests.Session()

    def send(self, exc: BaseException) -> bool:
        report = {
            "job": self.job,
            "at": datetime.now(timezone.utc).isoformat(),
            "type": type(exc).__name__,
            "stack": traceback.format_exception(type(exc), exc, exc.__traceback__),
            "context": deployment_context(),
        }
        try:
            resp = self._session.post(self.endpoint, json=report, timeout=5)
            resp.raise_for_status()
        except requests.RequestException as err:
            log.warning("crash report for %s not delivered: %s", self.job, err)
            return False
        return True


def run_with_reporting(job_name: str, func) -> int:
    reporter = CrashReporter(os.environ["CRASH_REPORT_ENDPOINT"], job_name)
    try:
        func()
    except Exception as exc:
        log.exception("job %s crashed", job_name)
        reporter.send(exc)
        return 1
    return 0


if __name__ == "__main__":
    from .dues_reminders import send_reminders

    sys.exit(run_with_reporting("dues-reminders", send_reminders))
