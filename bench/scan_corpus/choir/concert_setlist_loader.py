"""Loads concert set lists that conductors submit as YAML for programme printing."""
import datetime as dt
from dataclasses import dataclass, field

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_ITEMS = 40


@dataclass
class SetItem:
    title: str
    composer: str
    duration_min: float
    soloists: list[str] = field(default_factory=list)


@dataclass
class SetList:
    concert: str
    date: dt.date
    conductor: str
    items: list[SetItem]

    @property
    def running_time(self) -> float:
        return round(sum(i.duration_min for i in self.items), 1)


def load_setlist(text: str) -> SetList:
    data = yaml.load(text, Loader=_Loader)
    if not isinstance(data, dict):
        raise ValueError("Set list must be a mapping")
    items = data.get("items") or []
    if len(items) > MAX_ITEMS:
        raise ValueError(f"Set lists are limited to {MAX_ITEMS} items")
    concert_date = data["date"]
    if not isinstance(concert_date, dt.date):
        concert_date = dt.date.fromisoformat(str(concert_date))
    return SetList(
        concert=str(data["concert"]),
        date=concert_date,
        conductor=str(data["conductor"]),
        items=[
            SetItem(
                title=str(i["title"]),
                composer=str(i.get("composer", "Trad.")),
                duration_min=float(i.get("duration", 0)),
                soloists=[str(s) for s in i.get("soloists", [])],
            )
            for i in items
        ],
    )


def programme_lines(setlist: SetList) -> list[str]:
    lines = [f"{setlist.concert} - {setlist.date:%A %d %B %Y}", f"Conductor: {setlist.conductor}", ""]
    for item in setlist.items:
        solo = f" (soloists: {', '.join(item.soloists)})" if item.soloists else ""
        lines.append(f"{item.composer}: {item.title}{solo}")
    lines.append("")
    lines.append(f"Approximate running time {setlist.running_time:.0f} minutes")
    return lines
