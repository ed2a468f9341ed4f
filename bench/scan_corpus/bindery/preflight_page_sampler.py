"""Chooses which pages of a long run the QA bench pulls for visual inspection."""
from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class SamplingPlan:
    job_id: int
    total_pages: int
    sample_size: int
    always_include: tuple[int, ...] = (1,)


class PageSampler:
    """Sampling is seeded by job id so a re-run of QA pulls the same pages as the first pass."""

    def __init__(self, plan: SamplingPlan) -> None:
        self.plan = plan
        self._rng = random.Random(plan.job_id)

    def pages(self) -> list[int]:
        fixed = [p for p in self.plan.always_include if 1 <= p <= self.plan.total_pages]
        pool = [p for p in range(1, self.plan.total_pages + 1) if p not in fixed]
        remaining = max(0, min(self.plan.sample_size - len(fixed), len(pool)))
        return sorted(fixed + self._rng.sample(pool, remaining))

    def signature_spread(self, signature_pages: int = 16) -> list[int]:
        picks = []
        for start in range(1, self.plan.total_pages + 1, signature_pages):
            end = min(start + signature_pages - 1, self.plan.total_pages)
            picks.append(self._rng.randint(start, end))
        return picks


def qa_sheet(job_id: int, total_pages: int) -> str:
    sample_size = max(4, total_pages // 50)
    sampler = PageSampler(SamplingPlan(job_id, total_pages, sample_size, (1, total_pages)))
    lines = [f"QA sample for job {job_id} ({total_pages} pp)"]
    lines += [f"  [ ] page {p}" for p in sampler.pages()]
    lines.append("Signature spot checks: " + ", ".join(map(str, sampler.signature_spread())))
    return "\n".join(lines)


if __name__ == "__main__":
    print(qa_sheet(10442, 320))
