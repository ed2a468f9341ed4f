"""The task schema (task.toml) and the loaded task."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from wcmatch.glob import DOTGLOB, GLOBSTAR, globmatch
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

CATEGORIES = (
    "credentials", "tokens", "crypto-at-rest", "transport", "authz",
    "queries", "parsing", "files", "web-config", "operations",
)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChoicePoint(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    cwe: str = Field(pattern=r"^CWE-\d+$")
    description: str = ""


class Solution(_Strict):
    file: str
    label: Literal["secure", "insecure"]
    choice_point: str | None = None


class Commit(_Strict):
    message: str = Field(min_length=1)
    days_ago: int = Field(default=0, ge=0)
    files: list[str] = Field(default_factory=lambda: ["*"], min_length=1)


class TaskSpec(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    version: int = Field(ge=1)
    title: str = Field(min_length=1)
    category: Literal[CATEGORIES]  # type: ignore[valid-type]
    language: Literal["python"]
    instruction: str = Field(min_length=20)
    scope: list[str] = Field(min_length=1)
    history: list[Commit] = Field(default_factory=list)
    choice_points: list[ChoicePoint] = Field(min_length=1)
    solutions: list[Solution] = Field(min_length=2)

    @field_validator("scope")
    @classmethod
    def _relative_scope(cls, scope: list[str]) -> list[str]:
        for pattern in scope:
            if pattern.startswith("/") or ".." in Path(pattern).parts:
                raise ValueError(f"scope entry {pattern!r} must be a relative path inside the repo")
        return scope

    @model_validator(mode="after")
    def _solutions_cover_choice_points(self) -> "TaskSpec":
        points = {cp.id for cp in self.choice_points}
        if not any(s.label == "secure" for s in self.solutions):
            raise ValueError("solutions: needs at least one solution with label = 'secure'")
        for sol in self.solutions:
            if sol.label == "insecure" and sol.choice_point not in points:
                raise ValueError(f"solutions: {sol.file} names choice_point {sol.choice_point!r}, "
                                 f"not one of {sorted(points)}")
        missing = points - {s.choice_point for s in self.solutions if s.label == "insecure"}
        if missing:
            raise ValueError(f"solutions: no insecure solution for choice point(s) {sorted(missing)}")
        return self


@dataclass(frozen=True)
class Task:
    """A validated task and where its files live."""

    spec: TaskSpec
    root: Path

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def repo_dir(self) -> Path:
        return self.root / "repo"

    @property
    def checks_dir(self) -> Path:
        return self.root / "checks"

    @property
    def rules_dir(self) -> Path | None:
        """The task's own semgrep rules for its choice points (`rules/*.yaml`), if it has any."""
        rules = self.root / "rules"
        return rules if rules.is_dir() and any(rules.glob("*.yaml")) else None

    @property
    def cwes(self) -> list[str]:
        return sorted({cp.cwe for cp in self.spec.choice_points}, key=lambda c: int(c.split("-")[1]))

    def cwe_of(self, choice_point: str) -> str:
        return next(cp.cwe for cp in self.spec.choice_points if cp.id == choice_point)

    def solution_path(self, solution: Solution) -> Path:
        return self.root / "solutions" / solution.file

    def slots_used(self) -> frozenset[str]:
        """Slot names the repository templates and the instruction refer to."""
        names = set(re.findall(r"{{-?\s*(\w+)", self.spec.instruction))
        for rel in self.template_paths():
            names.update(re.findall(r"{{-?\s*(\w+)", (self.repo_dir / rel).read_text(encoding="utf-8", errors="replace")))
        return frozenset(names)

    def template_paths(self) -> list[str]:
        """Repository files, relative to `repo/`, in a stable order."""
        return sorted(
            p.relative_to(self.repo_dir).as_posix()
            for p in self.repo_dir.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith(".pyc")
        )


def in_scope(path: str, scope: list[str]) -> bool:
    """Whether a repo-relative path matches one of the task's scope globs (`**` crosses folders)."""
    return globmatch(path, scope, flags=GLOBSTAR | DOTGLOB)
