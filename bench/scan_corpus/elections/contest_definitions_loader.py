"""Load contest definitions uploaded by county election offices.

Each county uploads a YAML file listing its contests, candidates and the
ballot styles they appear on. The upload endpoint hands the stored file path
to ``load_contests``.
"""
from dataclasses import dataclass, field
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CLoader", yaml.Loader)


@dataclass
class Contest:
    contest_id: str
    title: str
    vote_for: int
    candidates: list[str] = field(default_factory=list)
    ballot_styles: list[str] = field(default_factory=list)


class ContestFileError(ValueError):
    pass


def load_contests(path: Path) -> list[Contest]:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_LOADER)
    if not isinstance(doc, dict) or "contests" not in doc:
        raise ContestFileError(f"{path.name}: top-level 'contests' key missing")
    contests = []
    for entry in doc["contests"]:
        try:
            contests.append(
                Contest(
                    contest_id=str(entry["id"]),
                    title=entry["title"],
                    vote_for=int(entry.get("vote_for", 1)),
                    candidates=[c["name"] for c in entry.get("candidates", [])],
                    ballot_styles=list(entry.get("styles", [])),
                )
            )
        except (KeyError, TypeError) as exc:
            raise ContestFileError(f"{path.name}: malformed contest entry {entry!r}") from exc
    return contests
