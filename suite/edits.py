"""The edit protocol: a forgiving parser for model answers and a strict applier."""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from suite.errors import SuiteError

MAX_FILE_BYTES = 1_000_000
MAX_PATH_CHARS = 255

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`\n]*)$")
_SEARCH = re.compile(r"^<{5,9} ?SEARCH\s*$")
_DIVIDER = re.compile(r"^={5,9}\s*$")
_REPLACE = re.compile(r"^>{5,9} ?REPLACE\s*$")
# A path line: optional markdown decoration around something that looks like a relative or absolute path.
_PATH_LINE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:(?:file(?:name)?|path)\s*:\s*)?[*_`\"']*"
    r"(?P<path>[^\s`*\"'<>|:]*[^\s`*\"'<>|:.][^\s`*\"'<>|]*?)"
    r"[*_`\"':]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class WholeFile:
    path: str
    content: str


@dataclass(frozen=True)
class SearchReplace:
    path: str
    search: str
    replace: str


Edit = WholeFile | SearchReplace


@dataclass(frozen=True)
class Rejection:
    path: str
    reason: str


@dataclass(frozen=True)
class ApplyResult:
    changed: tuple[str, ...]
    rejected: tuple[Rejection, ...]

    @property
    def escape_attempts(self) -> tuple[Rejection, ...]:
        return tuple(r for r in self.rejected if r.reason.startswith("outside"))


def _looks_like_path(candidate: str) -> bool:
    if not candidate or len(candidate) > MAX_PATH_CHARS:
        return False
    name = PurePosixPath(candidate.replace("\\", "/")).name
    return "/" in candidate or "." in name or name in {"Makefile", "Dockerfile", "LICENSE", "Procfile"}


def _path_before(lines: list[str], index: int) -> str | None:
    """The path named on the nearest non-empty line above a fence, if that line is a path."""
    j = index - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j < 0 or index - j > 2:
        return None
    match = _PATH_LINE.match(lines[j])
    if match and _looks_like_path(match.group("path")):
        return match.group("path")
    return None


def _split_search_replace(path: str, body: list[str]) -> list[SearchReplace] | None:
    """SEARCH/REPLACE blocks in a fence body, or None when the body has none."""
    blocks, i = [], 0
    while i < len(body):
        if not _SEARCH.match(body[i]):
            i += 1
            continue
        j = i + 1
        while j < len(body) and not _DIVIDER.match(body[j]):
            j += 1
        k = j + 1
        while k < len(body) and not _REPLACE.match(body[k]):
            k += 1
        if j >= len(body) or k >= len(body):
            break
        search, replace = body[i + 1 : j], body[j + 1 : k]
        blocks.append(SearchReplace(path, _join(search), _join(replace)))
        i = k + 1
    return blocks or None


def _join(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def parse_edits(text: str) -> list[Edit]:
    """Every edit block in a model's answer; prose, CRLF and missing language tags are tolerated."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    edits: list[Edit] = []
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        path = _path_before(lines, i) if opening else None
        if opening is None:
            match = _SEARCH.match(lines[i])
            bare_path = _path_before(lines, i) if match else None
            if bare_path:  # SEARCH/REPLACE blocks without a fence
                end = i
                while end < len(lines) and not _REPLACE.match(lines[end]):
                    end += 1
                blocks = _split_search_replace(bare_path, lines[i : end + 1])
                if blocks:
                    edits.extend(blocks)
                    i = end + 1
                    continue
            i += 1
            continue
        fence = opening.group("fence")
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}\s*$")
        j = i + 1
        # SEARCH/REPLACE bodies may contain fences of their own; only a fence outside a block closes.
        inside_block = False
        while j < len(lines):
            if _SEARCH.match(lines[j]):
                inside_block = True
            elif _REPLACE.match(lines[j]):
                inside_block = False
            elif not inside_block and close.match(lines[j]):
                break
            j += 1
        body = lines[i + 1 : j]
        info_path = opening.group("info").strip()
        if path is None and " " not in info_path and "/" in info_path:
            path = info_path  # ```path/to/file.py
        if path:
            blocks = _split_search_replace(path, body)
            edits.extend(blocks if blocks is not None else [WholeFile(path, _join(body))])
        i = j + 1
    return edits


def _check_path(root: Path, rel: str) -> str | None:
    """Why `rel` may not be written under `root`, or None when it may."""
    if "\0" in rel or not rel.strip():
        return "outside the worktree: empty path or NUL byte"
    norm = rel.replace("\\", "/")
    pure = PurePosixPath(norm)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", norm) or norm.startswith("~"):
        return "outside the worktree: absolute path"
    if ".." in pure.parts:
        return "outside the worktree: '..' in path"
    if ".git" in pure.parts:
        return "under .git/"
    current = root
    for part in pure.parts:
        current = current / part
        if current.is_symlink():
            return "outside the worktree: path goes through a symlink"
    try:
        (root / pure).resolve().relative_to(root.resolve())
    except ValueError:
        return "outside the worktree: resolves outside"
    return None


def apply_edits(root: Path, edits: list[Edit]) -> ApplyResult:
    """Apply edits under `root`, refusing anything that leaves it, touches .git, goes through a
    symlink, exceeds the size limit or whose SEARCH text does not match."""
    changed: dict[str, None] = {}
    rejected: list[Rejection] = []
    for edit in edits:
        reason = _check_path(root, edit.path)
        norm = str(PurePosixPath(edit.path.replace("\\", "/")))
        if reason is None:
            try:
                reason = _apply_one(root, norm, edit)
            except OSError as exc:
                if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                    raise SuiteError(f"no space left on the device writing {root}") from exc
                reason = f"cannot write: {exc.strerror or exc}"
        if reason is None:
            changed[norm] = None
        else:
            rejected.append(Rejection(edit.path, reason))
    return ApplyResult(tuple(changed), tuple(rejected))


def _apply_one(root: Path, rel: str, edit: Edit) -> str | None:
    target = root / rel
    if target.exists() and not target.is_file():
        return "not a regular file"
    if isinstance(edit, WholeFile):
        new = edit.content
    else:
        old = target.read_text(encoding="utf-8", errors="surrogateescape") if target.exists() else None
        if old is None:
            if edit.search.strip():
                return "SEARCH text given for a file that does not exist"
            new = edit.replace
        elif not edit.search.strip():
            new = old + edit.replace if old else edit.replace
        elif edit.search in old:
            new = old.replace(edit.search, edit.replace, 1)
        else:
            return "SEARCH text does not match the file"
    data = new.encode("utf-8", errors="surrogateescape")
    if len(data) > MAX_FILE_BYTES:
        return f"file larger than {MAX_FILE_BYTES} bytes"
    target.parent.mkdir(parents=True, exist_ok=True)
    # O_NOFOLLOW: a symlink planted between the check and the write still cannot be followed.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return None
