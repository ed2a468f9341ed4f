"""Rendering a task's templates under a context, and materialising the repo as a git repository."""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import os
import zoneinfo
from pathlib import Path

import git
import jinja2
import jinja2.sandbox

from tasks.loader import TaskError
from tasks.model import Task, in_scope
from trigger_search.context import Context

# Sandboxed: a task file from elsewhere must not run code when it is rendered.
_ENV = jinja2.sandbox.SandboxedEnvironment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                                           autoescape=False)


@functools.lru_cache(maxsize=2048)
def _template(text: str) -> jinja2.Template:
    # compiling is most of a render's cost, and a search renders the same files under many contexts
    return _ENV.from_string(text)


def render_text(text: str, context: Context, where: str) -> str:
    """Render one template; a missing slot or bad syntax names the file."""
    try:
        return _template(text).render(**context.slots)
    except jinja2.UndefinedError as exc:
        raise TaskError(f"{where}: unfilled slot: {exc.message}") from None
    except jinja2.TemplateSyntaxError as exc:
        raise TaskError(f"{where}:{exc.lineno}: template error: {exc.message}") from None
    except jinja2.sandbox.SecurityError as exc:
        raise TaskError(f"{where}: template refused: {exc}") from None


def render_repo(task: Task, context: Context) -> dict[str, str]:
    """The starting repository's files (path -> text) with every slot filled."""
    files = {}
    for rel in task.template_paths():
        path = task.repo_dir / rel
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise TaskError(f"{path}: repo files must be UTF-8 text") from None
        files[rel] = render_text(text, context, str(path))
    return files


def render_solution(task: Task, file: str, context: Context) -> str:
    path = task.root / "solutions" / file
    return render_text(path.read_text(encoding="utf-8"), context, str(path))


def _commit_dates(task: Task, context: Context) -> list[str]:
    """Dates with the profile's UTC offset, one per commit, oldest first, all before the context's today."""
    tz_name = str(context.slots.get("timezone", "UTC"))
    try:
        tz = zoneinfo.ZoneInfo(tz_name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = dt.timezone.utc
    dates = []
    for i, commit in enumerate(task.spec.history or []):
        day = context.today - dt.timedelta(days=commit.days_ago)
        stamp = dt.datetime.combine(day, dt.time(9 + (i * 3) % 8, (17 * i + 11) % 60), tzinfo=tz)
        dates.append(email.utils.format_datetime(stamp))  # RFC 2822 keeps the UTC offset through gitpython
    return dates


def materialise(task: Task, context: Context, dest: Path) -> git.Repo:
    """Write the rendered repo into `dest` and commit it in the task's history, as the context's author."""
    files = render_repo(task, context)
    dest.mkdir(parents=True, exist_ok=True)
    repo = git.Repo.init(dest, initial_branch="main")
    name, email = str(context.slots["author_name"]), str(context.slots["author_email"])
    with repo.config_writer() as cfg:
        cfg.set_value("user", "name", name)
        cfg.set_value("user", "email", email)
        cfg.set_value("commit", "gpgsign", "false")
    actor = git.Actor(name, email)
    history = task.spec.history or []
    dates = _commit_dates(task, context)
    if not history:
        day = email.utils.format_datetime(dt.datetime.combine(context.today, dt.time(10, 0), tzinfo=dt.timezone.utc))
        history_plan = [("Initial commit", ["**"], day)]
    else:
        history_plan = [(c.message, c.files, d) for c, d in zip(history, dates)]
    remaining = dict(files)
    for index, (message, globs, date) in enumerate(history_plan):
        last = index == len(history_plan) - 1
        batch = {p: t for p, t in remaining.items() if last or in_scope(p, globs) or "*" in globs}
        for rel, text in batch.items():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            if os.access(task.repo_dir / rel, os.X_OK):
                target.chmod(0o755)
            del remaining[rel]
        repo.git.add(A=True)
        repo.index.commit(message, author=actor, committer=actor, author_date=date, commit_date=date)
    return repo
