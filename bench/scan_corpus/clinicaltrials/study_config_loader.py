"""Load per-study configuration (visit schedule, sites, integrations) from YAML."""
from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # libyaml not available
    from yaml import SafeLoader as _Loader


@dataclass
class StudyConfig:
    study_code: str
    protocol_version: str
    visits: list[dict] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)
    integrations: dict = field(default_factory=dict)


class ConfigError(ValueError):
    pass


def load_study_config(path: Path) -> StudyConfig:
    with path.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=_Loader)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: top level must be a mapping")
    missing = {"study_code", "protocol_version"} - raw.keys()
    if missing:
        raise ConfigError(f"{path}: missing keys {sorted(missing)}")
    return StudyConfig(
        study_code=str(raw["study_code"]),
        protocol_version=str(raw["protocol_version"]),
        visits=list(raw.get("visits", [])),
        sites=[str(s) for s in raw.get("sites", [])],
        integrations=dict(raw.get("integrations", {})),
    )


def load_all(config_dir: Path) -> dict[str, StudyConfig]:
    configs = {}
    for path in sorted(config_dir.glob("*.y*ml")):
        cfg = load_study_config(path)
        configs[cfg.study_code] = cfg
    return configs
