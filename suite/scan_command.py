"""`suite scan`: a file or tree (all findings), or a git repo since a base revision (introduced only)."""

from __future__ import annotations

from pathlib import Path

from scanners import EditPair, Finding, scan_pairs
from suite.errors import SuiteError

_SKIP_DIRS = {".git", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache", "site-packages"}
_MAX_BYTES = 2_000_000


def _tree_files(path: Path) -> dict[str, str]:
    if path.is_file():
        return {path.name: path.read_text(encoding="utf-8", errors="surrogateescape")}
    files = {}
    for p in sorted(path.rglob("*")):
        rel = p.relative_to(path)
        if p.is_symlink() or not p.is_file() or _SKIP_DIRS & set(rel.parts) or p.stat().st_size > _MAX_BYTES:
            continue
        try:
            files[rel.as_posix()] = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
    return files


def scan_path(path: Path, base: str | None) -> tuple[list[Finding], list[str], list[str]]:
    """Findings (paths relative to `path`), scanner failures, and files that could not be parsed."""
    if not path.exists():
        raise SuiteError(f"{path}: no such file or directory")
    if base is None:
        files = _tree_files(path)
        pair = EditPair("scan", {p: None for p in files}, files)
        result = scan_pairs([pair])["scan"]
        return result.introduced, result.errors, result.unparseable
    before, after = _git_change(path, base)
    pair = EditPair("scan", before, after)
    result = scan_pairs([pair])["scan"]
    return result.introduced + result.drift, result.errors, result.unparseable


def _git_change(path: Path, base: str) -> tuple[dict[str, str | None], dict[str, str | None]]:
    import git

    try:
        repo = git.Repo(path, search_parent_directories=False)
        repo.commit(base)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError):
        raise SuiteError(f"{path}: --base needs a git repository") from None
    except (git.BadName, ValueError):
        raise SuiteError(f"{path}: unknown revision {base!r}") from None
    changed = set(repo.git.diff("--name-only", base, "--").splitlines()) | set(repo.untracked_files)
    before: dict[str, str | None] = {}
    after: dict[str, str | None] = {}
    for rel in sorted(changed):
        try:
            before[rel] = repo.git.show(f"{base}:{rel}", strip_newline_in_stdout=False)
        except git.GitCommandError:
            before[rel] = None
        target = Path(path) / rel
        after[rel] = target.read_text(encoding="utf-8", errors="surrogateescape") if target.is_file() else None
    return before, after
