"""Client for the Airflow stable REST API, used by the catalog to show
pipeline status next to each dataset."""
from __future__ import annotations

import os
import ssl

import httpx


def _tls_context() -> ssl.SSLContext:
    # Airflow's ingress uses a certificate issued by the internal platform CA
    ctx = ssl.create_default_context(cafile=os.environ.get("PLATFORM_CA_BUNDLE"))
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


class AirflowClient:
    def __init__(self, base_url: str, timeout: float = 20.0):
        self._client = httpx.Client(
            base_url=base_url.rstrip("/") + "/api/v1",
            auth=(os.environ["AIRFLOW_API_USER"], os.environ["AIRFLOW_API_PASSWORD"]),
            verify=_tls_context(),
            timeout=timeout,
        )

    def dag_runs(self, dag_id: str, limit: int = 10) -> list[dict]:
        resp = self._client.get(f"/dags/{dag_id}/dagRuns", params={"limit": limit, "order_by": "-execution_date"})
        resp.raise_for_status()
        return resp.json()["dag_runs"]

    def last_state(self, dag_id: str) -> str | None:
        runs = self.dag_runs(dag_id, limit=1)
        return runs[0]["state"] if runs else None

    def trigger(self, dag_id: str, conf: dict | None = None) -> str:
        resp = self._client.post(f"/dags/{dag_id}/dagRuns", json={"conf": conf or {}})
        resp.raise_for_status()
        return resp.json()["dag_run_id"]

    def close(self) -> None:
        self._client.close()
