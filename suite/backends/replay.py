"""Replays recorded answers: a JSONL file of {"task": ID, "output": TEXT} lines, used in order per task."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from suite.backends.base import BackendError, GenerationRequest, GenerationResult


class ReplayBackend:
    name = "replay"
    # Recorded answers are indexed by task and position, not by context: no search can run on them.
    supports_search = False

    def __init__(self, path: Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise BackendError(f"replay file not found: {self.path}")
        self.outputs: dict[str, list[str]] = {}
        raw = self.path.read_bytes()
        self._digest = hashlib.sha256(raw).hexdigest()
        for number, line in enumerate(raw.decode("utf-8", errors="replace").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                raise BackendError(f"{self.path}:{number}: not a JSON line (expected JSONL with "
                                   '{"task": ID, "output": TEXT} per line)') from None
            if not isinstance(row, dict) or not isinstance(row.get("task"), str) or not isinstance(row.get("output"), str):
                raise BackendError(f'{self.path}:{number}: each line needs "task" and "output" strings')
            self.outputs.setdefault(row["task"], []).append(row["output"])

    def describe(self) -> dict:
        return {"name": self.path.name, "backend": self.name, "path": str(self.path),
                "fingerprint": f"sha256:{self._digest}"}

    def check_plan(self, counts: dict[str, int]) -> None:
        """Fail before generating if the file lacks outputs for the planned samples."""
        for task, needed in sorted(counts.items()):
            have = len(self.outputs.get(task, []))
            if have < needed:
                raise BackendError(f"{self.path}: {have} recorded output(s) for task {task!r}, "
                                   f"the run needs {needed}")

    def generate(self, requests: Sequence[GenerationRequest]) -> Iterator[GenerationResult]:
        for req in requests:
            recorded = self.outputs.get(req.task_id, [])
            if req.ordinal >= len(recorded):
                yield GenerationResult(req, "", error=f"no recorded output #{req.ordinal + 1} for task {req.task_id}")
            else:
                yield GenerationResult(req, recorded[req.ordinal])
