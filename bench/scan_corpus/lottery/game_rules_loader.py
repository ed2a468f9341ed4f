"""Load game rule definitions published by the game design repository.

Each game (matrix, draw days, price points, sales cut-off) is described in
a YAML file; rule files are fetched from the design repository's release
artefacts and loaded by the sales engine at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class GameRules:
    code: str
    main_pool: int
    main_picks: int
    bonus_pool: int = 0
    bonus_picks: int = 0
    price_cents: int = 200
    draw_days: tuple[str, ...] = ()
    sales_cutoff: time = time(19, 30)
    addons: tuple[str, ...] = field(default_factory=tuple)


class RulesDocumentReader:
    loader = staticmethod(yaml.safe_load)

    def read(self, text: str) -> dict[str, Any]:
        document = self.loader(text)
        if not isinstance(document, dict) or "game" not in document:
            raise ValueError("rules document must contain a 'game' mapping")
        return document["game"]


def _to_rules(raw: dict[str, Any]) -> GameRules:
    hour, minute = (int(part) for part in str(raw.get("sales_cutoff", "19:30")).split(":"))
    return GameRules(
        code=str(raw["code"]),
        main_pool=int(raw["main"]["pool"]),
        main_picks=int(raw["main"]["picks"]),
        bonus_pool=int(raw.get("bonus", {}).get("pool", 0)),
        bonus_picks=int(raw.get("bonus", {}).get("picks", 0)),
        price_cents=int(raw.get("price_cents", 200)),
        draw_days=tuple(raw.get("draw_days", ())),
        sales_cutoff=time(hour, minute),
        addons=tuple(raw.get("addons", ())),
    )


def load_rules_dir(directory: Path, reader: RulesDocumentReader | None = None) -> dict[str, GameRules]:
    reader = reader or RulesDocumentReader()
    games = {}
    for path in sorted(directory.glob("*.yaml")):
        rules = _to_rules(reader.read(path.read_text(encoding="utf-8")))
        games[rules.code] = rules
    return games
