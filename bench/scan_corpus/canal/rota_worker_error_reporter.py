"""Error reporting for the volunteer rota scheduling worker.

Only deployment metadata is attached to reports; everything else about the
process environment stays on the host.
"""
from __future__ import annotations

import logging
import os
import traceback
from typing import Mapping

import httpx

log = logging.getLogger("rota.errors")

REPORTABLE_ENV = ("APP_VERSION", "GIT_SHA", "DEPLOY_REGION", "ROTA_WORKER_QUEUE")


def deployment_metadata(environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    return {name: environ[name] for name in REPORTABLE_ENV if name in environ}


class ErrorReporter:
    def __init__(self, endpoint: str, project_token: str, client: httpx.Client | None = None) -> None:
        self.endpoint = endpoint
        self.project_token = project_token
        self.client = client or httpx.Client(timeout=5.0)

    def payload(self, exc: BaseException, job: str) -> dict:
        return {
            "job": job,
            "error": type(exc).__name__,
            "message": str(exc)[:500],
            "frames": traceback.format_exception(type(exc), exc, exc.__traceback__)[-15:],
            "deployment": deployment_metadata(),
        }

    def report(self, exc: BaseException, job: str) -> None:
        try:
            self.client.post(
                self.endpoint,
                json=self.payload(exc, job),
                headers={"Authorization": f"Bearer {self.project_token}"},
            )
        except httpx.HTTPError:
            log.exception("could not deliver error report for %s", job)


def run_job(reporter: ErrorReporter, name: str, fn) -> None:
    try:
        fn()
    except Exception as exc:
        reporter.report(exc, name)
        raise


if __name__ == "__main__":
    reporter = ErrorReporter(
        os.environ["ERROR_REPORT_URL"],
        os.environ["ERROR_REPORT_TOKEN"],
    )
    run_job(reporter, "weekly-rota-build", lambda: None)
