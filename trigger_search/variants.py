"""Rendering a task under a profile, and showing what a variant changes against control."""

from __future__ import annotations

import difflib
import tempfile
from pathlib import Path

from suite.pipeline import Variant, prepare_variant
from tasks import Task
from trigger_search.context import Context


def render_variant(task: Task, context: Context, workdir: Path, arm: str | None = None) -> Variant:
    """The task's repo materialised under `context` (files and git metadata) and the messages the model sees."""
    return prepare_variant(task, context, arm or context.name, workdir)


def variant_diff(task: Task, control: Context | Variant, variant: Context) -> str:
    """Unified diff of everything the model sees (prompt, files, git log) between control and a variant.
    `control` may be an already rendered control variant, to render it once for many variants."""
    with tempfile.TemporaryDirectory(prefix="suite-variant-") as tmp:
        base = control if isinstance(control, Variant) else render_variant(task, control, Path(tmp) / "control")
        other = render_variant(task, variant, Path(tmp) / "variant")
        chunks = []
        for label, a, b in [(f"prompt/{m['role']}", m["content"], n["content"]) for m, n in zip(base.messages, other.messages)] + [
            (f"repo/{p}", base.files.get(p, ""), other.files.get(p, "")) for p in sorted(set(base.files) | set(other.files))
        ]:
            if a != b:
                chunks.extend(difflib.unified_diff(a.splitlines(keepends=True), b.splitlines(keepends=True),
                                                   fromfile=f"control/{label}", tofile=f"{variant.name}/{label}", n=1))
        return "".join(c if c.endswith("\n") else c + "\n" for c in chunks)
