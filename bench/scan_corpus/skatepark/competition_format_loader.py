"""Loads competition formats (divisions, heats, run counts) that organisers upload as YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

import yaml

VALID_STYLES = {"jam", "best-run", "best-trick", "run-and-trick"}


@dataclass
class Division:
    name: str
    min_age: int | None
    max_age: int | None
    style: str
    runs: int
    run_seconds: int


@dataclass
class CompetitionFormat:
    event_name: str
    judges: int
    divisions: list[Division] = field(default_factory=list)

    def division(self, name: str) -> Division:
        for d in self.divisions:
            if d.name == name:
                return d
        raise KeyError(name)


def _read_yaml(stream: IO[str]) -> dict:
    data = yaml.safe_load(stream)
    if not isinstance(data, dict):
        raise ValueError("format file must be a mapping")
    return data


def load_format(stream: IO[str]) -> CompetitionFormat:
    data = _read_yaml(stream)
    divisions = []
    for raw in data.get("divisions", []):
        style = raw.get("style", "best-run")
        if style not in VALID_STYLES:
            raise ValueError(f"unknown style {style!r} in division {raw.get('name')!r}")
        divisions.append(
            Division(
                name=str(raw["name"]),
                min_age=raw.get("min_age"),
                max_age=raw.get("max_age"),
                style=style,
                runs=int(raw.get("runs", 2)),
                run_seconds=int(raw.get("run_seconds", 45)),
            )
        )
    judges = int(data.get("judges", 3))
    if judges < 1 or judges > 7:
        raise ValueError("between 1 and 7 judges")
    return CompetitionFormat(event_name=str(data["event"]), judges=judges, divisions=divisions)


def load_format_file(path: str) -> CompetitionFormat:
    with open(path, "r", encoding="utf-8") as fh:
        return load_format(fh)
