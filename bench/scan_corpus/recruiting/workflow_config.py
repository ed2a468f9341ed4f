"""Load hiring-pipeline definitions (stages, transitions, auto-actions) from YAML."""

from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # libyaml not available
    from yaml import SafeLoader as _Loader


@dataclass(frozen=True)
class Stage:
    key: str
    label: str
    transitions: tuple[str, ...] = ()
    auto_actions: tuple[str, ...] = ()


@dataclass
class Workflow:
    name: str
    stages: dict[str, Stage] = field(default_factory=dict)

    def can_move(self, src: str, dst: str) -> bool:
        return dst in self.stages[src].transitions


def load_workflow(path: Path) -> Workflow:
    with path.open("r", encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=_Loader)
    wf = Workflow(name=raw["name"])
    for key, spec in raw["stages"].items():
        wf.stages[key] = Stage(
            key=key,
            label=spec.get("label", key.title()),
            transitions=tuple(spec.get("to", [])),
            auto_actions=tuple(spec.get("actions", [])),
        )
    unknown = {t for s in wf.stages.values() for t in s.transitions} - wf.stages.keys()
    if unknown:
        raise ValueError(f"{path.name}: transitions to undefined stages {sorted(unknown)}")
    return wf
