"""Finding and validating tasks on disk."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from suite.errors import SuiteError
from tasks.model import Task, TaskSpec

BUILTIN_DIR = Path(__file__).parent


class TaskError(SuiteError):
    """A task directory that is not a valid task; the message names the file and field."""


def load_task(root: Path) -> Task:
    """Load and validate the task in `root` (the directory holding task.toml)."""
    toml_path = root / "task.toml"
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaskError(f"{toml_path}: cannot read: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise TaskError(f"{toml_path}: not valid TOML: {exc}") from exc
    try:
        spec = TaskSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise TaskError(f"{toml_path}: field '{where}': {err['msg']}{more}") from None
    task = Task(spec=spec, root=root)
    if not task.repo_dir.is_dir():
        raise TaskError(f"{task.repo_dir}: missing repo/ directory")
    for sol in spec.solutions:
        if not task.solution_path(sol).is_file():
            raise TaskError(f"{toml_path}: field 'solutions': file {sol.file!r} not found in solutions/")
    return task


def discover_tasks(extra_dirs: Iterable[Path] = ()) -> list[Task]:
    """Every task shipped with the suite plus those under `extra_dirs`, sorted by id; ids must be unique."""
    roots = [BUILTIN_DIR, *extra_dirs]
    tasks: dict[str, Task] = {}
    for base in roots:
        base = Path(base)
        if not base.is_dir():
            raise TaskError(f"{base}: tasks directory not found")
        for toml_path in sorted(base.rglob("task.toml")):
            if any(part in ("repo", "solutions", "checks", "rules") for part in toml_path.relative_to(base).parts[:-1]):
                continue
            task = load_task(toml_path.parent)
            if task.id in tasks and tasks[task.id].root != task.root:
                raise TaskError(f"{toml_path}: task id {task.id!r} already defined in {tasks[task.id].root}")
            tasks[task.id] = task
    return [tasks[k] for k in sorted(tasks)]


def select_tasks(tasks: list[Task], selection: str | None) -> list[Task]:
    """Tasks named by a comma-separated selection of ids or categories (all when empty)."""
    if not selection:
        return tasks
    by_id = {t.id: t for t in tasks}
    chosen: dict[str, Task] = {}
    for name in (s.strip() for s in selection.split(",") if s.strip()):
        matches = [by_id[name]] if name in by_id else [t for t in tasks if t.spec.category == name]
        if not matches:
            raise TaskError(f"unknown task or category {name!r} (see `suite tasks list`)")
        chosen.update((t.id, t) for t in matches)
    return [chosen[k] for k in sorted(chosen)]
