"""Choose leaf books from a finished batch for spot-check assay.

Quality control pulls a handful of 25-leaf books from every batch and
sends them for fineness and thickness measurement.
"""
import random
from dataclasses import dataclass

from goldbeater.workshop.models import Batch, LeafBook

DEFAULT_SAMPLE_SIZE = 3
LARGE_BATCH_BOOKS = 200


@dataclass
class SamplePlan:
    batch_code: str
    books: list[str]


class SpotCheckSampler:
    def __init__(self, rng: random.Random | None = None):
        self.rng = rng or random.Random()

    def sample_size(self, batch: Batch) -> int:
        if batch.book_count >= LARGE_BATCH_BOOKS:
            return DEFAULT_SAMPLE_SIZE * 2
        return DEFAULT_SAMPLE_SIZE

    def plan(self, batch: Batch) -> SamplePlan:
        books = list(LeafBook.objects.filter(batch=batch).values_list("book_code", flat=True))
        size = min(self.sample_size(batch), len(books))
        chosen = self.rng.sample(books, size)
        return SamplePlan(batch_code=batch.code, books=sorted(chosen))

    def mark_for_assay(self, batch: Batch) -> SamplePlan:
        plan = self.plan(batch)
        LeafBook.objects.filter(batch=batch, book_code__in=plan.books).update(qc_status="assay_pending")
        return plan
