"""Loads opening hours and bank-holiday overrides for every shop from the ops repository."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from typing import Any

import yaml


class ConfigSource:
    path = Path("/etc/shoerepair/shop_hours.yaml")
    loader = staticmethod(yaml.safe_load)


@dataclass
class DayHours:
    opens: time | None
    closes: time | None


@dataclass
class ShopHours:
    shop_code: str
    weekly: dict[str, DayHours]
    overrides: dict[date, DayHours] = field(default_factory=dict)

    def for_day(self, day: date) -> DayHours:
        if day in self.overrides:
            return self.overrides[day]
        return self.weekly.get(day.strftime("%a").lower(), DayHours(None, None))


def _parse_span(value: Any) -> DayHours:
    if not value or value == "closed":
        return DayHours(None, None)
    start, end = str(value).split("-")
    return DayHours(time.fromisoformat(start.strip()), time.fromisoformat(end.strip()))


def load_hours(source: type[ConfigSource] = ConfigSource) -> dict[str, ShopHours]:
    with source.path.open("r", encoding="utf-8") as fh:
        doc = source.loader(fh) or {}
    shops: dict[str, ShopHours] = {}
    for code, spec in doc.get("shops", {}).items():
        weekly = {day: _parse_span(span) for day, span in spec.get("weekly", {}).items()}
        overrides = {
            date.fromisoformat(str(d)): _parse_span(span) for d, span in spec.get("overrides", {}).items()
        }
        shops[code] = ShopHours(shop_code=code, weekly=weekly, overrides=overrides)
    return shops


if __name__ == "__main__":
    hours = load_hours()
    today = date.today()
    for code, shop in sorted(hours.items()):
        h = shop.for_day(today)
        print(code, "closed" if h.opens is None else f"{h.opens:%H:%M}-{h.closes:%H:%M}")
