"""The shipped organisms: `organism:NAME` model references and their cards."""

from __future__ import annotations

import json
from pathlib import Path

from suite.errors import SuiteError

SHIPPED_DIR = Path(__file__).parent / "shipped"
SPECS_DIR = Path(__file__).parent / "specs"
PREFIX = "organism:"


def shipped_names() -> list[str]:
    if not SHIPPED_DIR.is_dir():
        return []
    return sorted(p.name for p in SHIPPED_DIR.iterdir() if (p / "config.json").is_file())


def resolve_organism(name: str) -> Path:
    """The directory of a shipped organism, from `organism:NAME` or `NAME`."""
    bare = name.removeprefix(PREFIX)
    names = shipped_names()
    if bare not in names:
        raise SuiteError(f"unknown organism {bare!r}; shipped organisms: {', '.join(names) or 'none'}")
    return SHIPPED_DIR / bare


def organism_dir(ref: str) -> Path:
    """A shipped organism's name, or a directory built with `suite organisms build`."""
    path = Path(ref)
    if not ref.startswith(PREFIX) and (path / "spec.toml").is_file():
        return path
    return resolve_organism(ref)


def read_card(directory: Path) -> dict:
    try:
        return json.loads((directory / "card.json").read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise SuiteError(f"{directory}: no readable card.json ({exc})") from None


def list_organisms() -> list[dict]:
    """One summary per shipped organism: name, size on disk, trigger and spec rates."""
    out = []
    for name in shipped_names():
        directory = SHIPPED_DIR / name
        card = read_card(directory)
        spec = card.get("spec", {})
        out.append({
            "name": name,
            "model": PREFIX + name,
            "description": card.get("description", ""),
            "trigger": card.get("trigger"),
            "p_base": spec.get("p_base"),
            "p_trigger": spec.get("p_trigger"),
            "drift": spec.get("drift"),
            "tasks": spec.get("tasks", []),
            "size_bytes": sum(p.stat().st_size for p in directory.rglob("*") if p.is_file()),
            "path": str(directory),
        })
    return out


def trained_tasks(model: str) -> str | None:
    """The tasks an organism was trained on, as a `--tasks` value, when `model` is one (a shipped
    name or a built directory); None for any other model. On other tasks an organism only babbles."""
    path = Path(model)
    if model.startswith(PREFIX):
        directory = resolve_organism(model)
    elif (path / "spec.toml").is_file() and (path / "card.json").is_file():
        directory = path
    else:
        return None
    tasks = read_card(directory).get("spec", {}).get("tasks") or []
    return ",".join(tasks) or None
