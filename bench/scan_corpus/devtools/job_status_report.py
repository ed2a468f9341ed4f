"""Job status updates sent from the runner to its coordinator."""
import os
import platform
import socket
from typing import Mapping

import requests

from . import __version__

# Non-secret CI variables the coordinator shows on the job page.
REPORTED_JOB_VARIABLES = (
    "CI_JOB_ID",
    "CI_PIPELINE_ID",
    "CI_COMMIT_SHA",
    "CI_COMMIT_REF_NAME",
    "CI_JOB_STAGE",
)


def runner_info() -> dict:
    return {
        "version": __version__,
        "platform": platform.platform(),
        "arch": platform.machine(),
        "hostname": socket.gethostname(),
    }


def job_metadata(env: Mapping[str, str] | None = None) -> dict:
    env = os.environ if env is None else env
    return {name: env[name] for name in REPORTED_JOB_VARIABLES if name in env}


class StatusReporter:
    def __init__(self, coordinator_url: str, job_token: str, session: requests.Session | None = None):
        self.base = coordinator_url.rstrip("/")
        self.job_token = job_token
        self.session = session or requests.Session()

    def update(self, job_id: int, state: str, exit_code: int | None = None,
               failure_reason: str | None = None, env: Mapping[str, str] | None = None) -> None:
        payload = {
            "state": state,
            "exit_code": exit_code,
            "failure_reason": failure_reason,
            "info": runner_info(),
            "job": job_metadata(env),
        }
        resp = self.session.put(
            f"{self.base}/api/v4/jobs/{job_id}",
            json=payload,
            headers={"JOB-TOKEN": self.job_token},
            timeout=15,
        )
        resp.raise_for_status()
