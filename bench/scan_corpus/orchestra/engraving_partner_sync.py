"""Hand new commissions from the score library to the engraving partner.

When the librarian marks a commission as "ready for engraving", the partner
needs to pull the composer's manuscript scans from our S3 bucket.
"""
import logging
import os

import httpx

log = logging.getLogger(__name__)


class EngravingPartner:
    def __init__(self, base_url: str, partner_token: str, bucket: str):
        self.base_url = base_url.rstrip("/")
        self.bucket = bucket
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {partner_token}"},
            timeout=30.0,
        )

    def _storage_access(self) -> dict:
        return {
            "bucket": self.bucket,
            "region": os.environ.get("AWS_REGION", "eu-west-1"),
            "aws_access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
            "aws_secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"],
        }

    def submit_commission(self, commission_id: str, title: str, scan_keys: list[str]) -> str:
        job = {
            "reference": commission_id,
            "title": title,
            "objects": scan_keys,
            "storage": self._storage_access(),
        }
        resp = self._client.post("/v1/jobs", json=job)
        resp.raise_for_status()
        job_id = resp.json()["id"]
        log.info("commission %s submitted to engraver as job %s", commission_id, job_id)
        return job_id

    def close(self) -> None:
        self._client.close()
