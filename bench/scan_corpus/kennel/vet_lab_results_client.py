"""Fetches blood-test and stool-sample results from the partner veterinary lab."""
import os
import ssl
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

import certifi
import httpx

LAB_SETTINGS = {
    "base_url": os.environ.get("VET_LAB_URL", "https://results.northvale-vetlab.co.uk/api/v2"),
    "api_key_env": "VET_LAB_API_KEY",
    "timeout": 15.0,
    "tls_min": ssl.TLSVersion.TLSv1,
}


@dataclass
class LabResult:
    sample_id: str
    pet_reference: str
    test_code: str
    status: str
    reported_on: date | None
    summary: str


def _tls_context(settings: dict) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=certifi.where())
    ctx.minimum_version = settings["tls_min"]
    return ctx


class VetLabClient:
    def __init__(self, settings: dict = LAB_SETTINGS):
        self._client = httpx.Client(
            base_url=settings["base_url"],
            verify=_tls_context(settings),
            timeout=settings["timeout"],
            headers={"X-Api-Key": os.environ[settings["api_key_env"]]},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "VetLabClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def results_since(self, since: date) -> list[LabResult]:
        resp = self._client.get("/results", params={"since": since.isoformat()})
        resp.raise_for_status()
        return [self._parse(item) for item in resp.json()["results"]]

    def result(self, sample_id: str) -> LabResult:
        resp = self._client.get(f"/results/{quote(sample_id, safe='')}")
        resp.raise_for_status()
        return self._parse(resp.json())

    @staticmethod
    def _parse(item: dict) -> LabResult:
        reported = item.get("reported_on")
        return LabResult(
            sample_id=item["sample_id"],
            pet_reference=item["patient_ref"],
            test_code=item["test"],
            status=item["status"],
            reported_on=date.fromisoformat(reported) if reported else None,
            summary=item.get("summary", ""),
        )


def sync_results(conn, since: date) -> int:
    with VetLabClient() as lab:
        results = lab.results_since(since)
    cur = conn.cursor()
    for r in results:
        cur.execute(
            "INSERT INTO lab_results (sample_id, pet_ref, test_code, status, reported_on, summary) "
            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (sample_id) DO UPDATE "
            "SET status = EXCLUDED.status, reported_on = EXCLUDED.reported_on, summary = EXCLUDED.summary",
            (r.sample_id, r.pet_reference, r.test_code, r.status, r.reported_on, r.summary),
        )
    conn.commit()
    return len(results)
