"""Send commission manuscripts to the engraving partner via short-lived links."""
import logging

import boto3
import httpx
from django.conf import settings

log = logging.getLogger(__name__)

LINK_TTL_SECONDS = 24 * 3600


def _presigned_links(keys: list[str]) -> list[dict]:
    s3 = boto3.client("s3")
    return [
        {
            "key": key,
            "url": s3.generate_presigned_url(
                "get_object",
                Params={"Bucket": settings.SCORE_BUCKET, "Key": key},
                ExpiresIn=LINK_TTL_SECONDS,
            ),
        }
        for key in keys
    ]


def submit_commission(commission_id: str, title: str, scan_keys: list[str]) -> str:
    job = {"reference": commission_id, "title": title, "files": _presigned_links(scan_keys)}
    with httpx.Client(
        base_url=settings.ENGRAVER_API_URL,
        headers={"Authorization": f"Bearer {settings.ENGRAVER_API_TOKEN}"},
        timeout=30.0,
    ) as client:
        resp = client.post("/v1/jobs", json=job)
        resp.raise_for_status()
    job_id = resp.json()["id"]
    log.info("commission %s submitted as engraving job %s", commission_id, job_id)
    return job_id
