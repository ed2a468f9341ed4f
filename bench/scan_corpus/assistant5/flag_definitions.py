"""Load feature-flag definitions that product managers upload as YAML."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

_DEFAULT_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class FlagDefinition:
    key: str
    description: str = ""
    enabled: bool = False
    rollout_percent: int = 0
    segments: list[str] = field(default_factory=list)


@dataclass
class FlagFileReader:
    loader_cls: type = _DEFAULT_LOADER
    max_flags: int = 500

    def read(self, text: str) -> list[FlagDefinition]:
        data: Any = yaml.load(text, Loader=self.loader_cls)
        if not isinstance(data, dict) or not isinstance(data.get("flags"), list):
            raise ValueError("expected a mapping with a 'flags' list")
        if len(data["flags"]) > self.max_flags:
            raise ValueError(f"at most {self.max_flags} flags per file")

        flags = []
        for raw in data["flags"]:
            if not isinstance(raw, dict) or "key" not in raw:
                raise ValueError("each flag needs a 'key'")
            percent = int(raw.get("rollout_percent", 0))
            if not 0 <= percent <= 100:
                raise ValueError(f"{raw['key']}: rollout_percent must be 0-100")
            flags.append(
                FlagDefinition(
                    key=str(raw["key"]),
                    description=str(raw.get("description", "")),
                    enabled=bool(raw.get("enabled", False)),
                    rollout_percent=percent,
                    segments=[str(s) for s in raw.get("segments", [])],
                )
            )
        return flags
