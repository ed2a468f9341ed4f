"""Daily quality sample of automatic number-plate reads.

A fixed share of each gantry's reads is pulled for manual review so OCR
accuracy can be tracked. The sample is reproducible for a given day so the
auditors and the vendor review the same set.
"""
import random
from datetime import date

from tollkeeper.repositories import plate_reads, review_queue

SAMPLE_RATE = 0.002
MIN_PER_GANTRY = 25


def _rng_for(day: date, gantry_id: str) -> random.Random:
    return random.Random(f"{day.isoformat()}:{gantry_id}")


def sample_gantry(day: date, gantry_id: str) -> list[int]:
    read_ids = plate_reads.ids_for_day(gantry_id, day)
    if not read_ids:
        return []
    size = max(MIN_PER_GANTRY, int(len(read_ids) * SAMPLE_RATE))
    size = min(size, len(read_ids))
    return sorted(_rng_for(day, gantry_id).sample(read_ids, size))


def build_daily_sample(day: date) -> dict[str, int]:
    counts: dict[str, int] = {}
    for gantry_id in plate_reads.gantries_with_reads(day):
        chosen = sample_gantry(day, gantry_id)
        review_queue.enqueue(day=day, gantry_id=gantry_id, read_ids=chosen)
        counts[gantry_id] = len(chosen)
    return counts


def reviewer_summary(day: date) -> list[dict]:
    rows = []
    for gantry_id, total in sorted(build_daily_sample(day).items()):
        rows.append({"gantry": gantry_id, "sampled": total, "day": day.isoformat()})
    return rows
