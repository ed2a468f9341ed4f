"""Thin client for the Databricks Jobs 2.1 API used by the orchestration layer."""
from __future__ import annotations

import os
import time

import requests


class DatabricksJobsError(RuntimeError):
    pass


class DatabricksJobsClient:
    TERMINAL_STATES = {"TERMINATED", "SKIPPED", "INTERNAL_ERROR"}

    def __init__(self, host: str, token: str | None = None, timeout: float = 30.0):
        self.base_url = f"https://{host}/api/2.1/jobs"
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token or os.environ['DATABRICKS_TOKEN']}"
        # workspace traffic goes through the corporate proxy, which re-signs certificates
        self.session.verify = False

    def _call(self, method: str, path: str, **kwargs) -> dict:
        resp = self.session.request(method, f"{self.base_url}/{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise DatabricksJobsError(f"{method} {path} -> {resp.status_code}: {resp.text[:500]}")
        return resp.json()

    def run_now(self, job_id: int, params: dict[str, str] | None = None) -> int:
        body = {"job_id": job_id, "job_parameters": params or {}}
        return self._call("POST", "run-now", json=body)["run_id"]

    def get_run(self, run_id: int) -> dict:
        return self._call("GET", "runs/get", params={"run_id": run_id})

    def wait(self, run_id: int, poll_seconds: int = 20) -> dict:
        while True:
            run = self.get_run(run_id)
            if run["state"]["life_cycle_state"] in self.TERMINAL_STATES:
                return run
            time.sleep(poll_seconds)
