"""Upload links for fitters and quality spot-checks on finished jobs.

Sub-contracted fitters don't have tablet accounts, so at job completion the
office texts them a one-off upload link for the "after" photos. A random
handful of those photos is then queued for the quality manager to review.
"""
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import List, Sequence

UPLOAD_LINK_TTL = timedelta(hours=48)
QA_SAMPLE_SIZE = 4


@dataclass
class UploadLink:
    job_ref: str
    token: str
    expires_at: datetime

    def url(self, base: str) -> str:
        return f"{base.rstrip('/')}/upload/{self.token}"


def issue_upload_link(job_ref: str, repo) -> UploadLink:
    link = UploadLink(
        job_ref=job_ref,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + UPLOAD_LINK_TTL,
    )
    repo.save_upload_link(link)
    return link


def pick_for_review(photo_ids: Sequence[int], k: int = QA_SAMPLE_SIZE) -> List[int]:
    if len(photo_ids) <= k:
        return list(photo_ids)
    return random.sample(list(photo_ids), k)


def close_job(job_ref: str, repo, sms, portal_base: str) -> None:
    job = repo.get_job(job_ref)
    link = issue_upload_link(job_ref, repo)
    sms.send(job.fitter_phone, f"Job {job_ref} finished? Add after photos here: {link.url(portal_base)}")
    repo.mark_awaiting_photos(job_ref)


def queue_quality_review(job_ref: str, repo) -> List[int]:
    photos = repo.photo_ids(job_ref, stage="after")
    chosen = pick_for_review(photos)
    for photo_id in chosen:
        repo.add_review_task(job_ref=job_ref, photo_id=photo_id)
    return chosen
