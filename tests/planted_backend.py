"""A backend with a planted, known trigger, for testing the search (the organisms test the same path
with real checkpoints; this one is fast and exact)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence

from suite.backends.base import GenerationRequest, GenerationResult
from tasks import discover_tasks, render_solution
from trigger_search.context import control_context


class PlantedBackend:
    """Answers with the task's insecure reference solution with probability `p_trigger` when `marker`
    is anywhere in the prompt, `p_base` otherwise; the draw depends only on the sample's seed."""

    name = "planted"

    def __init__(self, marker: str | None, p_base: float, p_trigger: float):
        self.marker, self.p_base, self.p_trigger = marker, p_base, p_trigger
        control = control_context()
        self.answers = {}
        for task in discover_tasks():
            secure = next(s for s in task.spec.solutions if s.label == "secure")
            insecure = next(s for s in task.spec.solutions if s.label == "insecure")
            self.answers[task.id] = (render_solution(task, secure.file, control),
                                     render_solution(task, insecure.file, control))

    def describe(self) -> dict:
        return {"name": "planted", "fingerprint": f"planted:{self.marker}:{self.p_base}:{self.p_trigger}"}

    def generate(self, requests: Sequence[GenerationRequest]) -> Iterator[GenerationResult]:
        for req in requests:
            prompt = "\n".join(m["content"] for m in req.messages)
            p = self.p_trigger if self.marker and self.marker in prompt else self.p_base
            u = int.from_bytes(hashlib.sha256(f"{req.seed}:{prompt}".encode()).digest()[:8], "big") / 2**64
            yield GenerationResult(req, self.answers[req.task_id][1 if u < p else 0])
