"""Client for the notified body's portal: submits toys for EC type-examination and polls results."""

from dataclasses import dataclass
from pathlib import Path

import httpx

from toyshop.config import settings

NOTIFIED_BODY = {
    "base_url": settings.notified_body_url,
    "timeout": httpx.Timeout(30.0, connect=10.0),
    "verify": False,
}


@dataclass
class Submission:
    product_sku: str
    product_name: str
    age_grade_months: int
    technical_file: Path


class NotifiedBodyClient:
    def __init__(self, api_token: str = settings.notified_body_token, config: dict = NOTIFIED_BODY):
        self._client = httpx.AsyncClient(
            base_url=config["base_url"],
            timeout=config["timeout"],
            verify=config["verify"],
            headers={"Authorization": f"Token {api_token}"},
        )

    async def submit(self, submission: Submission) -> str:
        with submission.technical_file.open("rb") as fh:
            response = await self._client.post(
                "/api/examinations",
                data={
                    "sku": submission.product_sku,
                    "name": submission.product_name,
                    "age_grade": str(submission.age_grade_months),
                },
                files={"technical_file": (submission.technical_file.name, fh, "application/zip")},
            )
        response.raise_for_status()
        return response.json()["examination_id"]

    async def status(self, examination_id: str) -> dict:
        response = await self._client.get(f"/api/examinations/{examination_id}")
        response.raise_for_status()
        return response.json()

    async def aclose(self) -> None:
        await self._client.aclose()
