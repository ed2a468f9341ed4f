"""Load and validate `.pipeline.yml` files checked into application repositories."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

ALLOWED_STAGES = ("build", "test", "package", "deploy")


@dataclass
class Step:
    name: str
    image: str
    script: list[str]
    stage: str = "build"


@dataclass
class PipelineConfig:
    steps: list[Step] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)


class PipelineConfigError(ValueError):
    pass


def load(repo_root: Path) -> PipelineConfig:
    path = repo_root / ".pipeline.yml"
    with path.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=yaml.SafeLoader) or {}
    if not isinstance(raw, dict):
        raise PipelineConfigError(".pipeline.yml must be a mapping")

    steps = []
    for name, spec in (raw.get("steps") or {}).items():
        stage = spec.get("stage", "build")
        if stage not in ALLOWED_STAGES:
            raise PipelineConfigError(f"step {name}: unknown stage {stage!r}")
        script = spec.get("script", [])
        steps.append(
            Step(
                name=name,
                image=spec["image"],
                script=[script] if isinstance(script, str) else list(script),
                stage=stage,
            )
        )
    variables = {str(k): str(v) for k, v in (raw.get("variables") or {}).items()}
    return PipelineConfig(steps=steps, variables=variables)
