"""Picks segments for linguistic quality assessment (LQA) and issues review links.

The sample is stored on the assignment so that a second reviewer arbitrating
a dispute sees exactly the same segments as the first one.
"""
import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

SAMPLE_RATIO = 0.1
MIN_SAMPLE = 20
MAX_SAMPLE = 300
LINK_VALIDITY = timedelta(days=7)


@dataclass
class ReviewAssignment:
    job_id: int
    reviewer_id: int
    segment_ids: list[str]
    access_token: str
    expires_at: datetime


def sample_segments(segment_ids: list[str]) -> list[str]:
    size = max(MIN_SAMPLE, int(len(segment_ids) * SAMPLE_RATIO))
    size = min(size, MAX_SAMPLE, len(segment_ids))
    return sorted(random.sample(segment_ids, size))


def assign_review(job_id: int, reviewer_id: int, segment_ids: list[str]) -> ReviewAssignment:
    return ReviewAssignment(
        job_id=job_id,
        reviewer_id=reviewer_id,
        segment_ids=sample_segments(segment_ids),
        access_token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + LINK_VALIDITY,
    )
