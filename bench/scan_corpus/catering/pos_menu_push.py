"""Pushes the approved event menu to the bar and buffet point-of-sale terminals."""
from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import requests
from dotenv import dotenv_values

from .menus import load_event_menu


@dataclass
class PosItem:
    plu: str
    name: str
    price_pence: int
    allergens: list[str]


@dataclass(frozen=True)
class PosSettings:
    base_url: str
    api_token: str
    venue_code: str

    @classmethod
    def load(cls, env_file: Path) -> "PosSettings":
        values = dotenv_values(env_file)
        return cls(
            base_url=values["POS_API_URL"],
            api_token=values["POS_API_TOKEN"],
            venue_code=values["POS_VENUE_CODE"],
        )


def menu_payload(event_id: int, settings: PosSettings) -> dict:
    menu = load_event_menu(event_id)
    items = [
        PosItem(plu=d.plu, name=d.name[:32], price_pence=d.price_pence, allergens=sorted(d.allergens))
        for d in menu.sellable_items()
    ]
    return {
        "venue": settings.venue_code,
        "event_id": event_id,
        "menu_name": menu.title,
        "items": [asdict(i) for i in items],
    }


def push(event_id: int, settings: PosSettings) -> int:
    payload = menu_payload(event_id, settings)
    resp = requests.put(
        f"{settings.base_url.rstrip('/')}/venues/{settings.venue_code}/menu",
        json=payload,
        headers={"Authorization": f"Bearer {settings.api_token}"},
        timeout=30,
    )
    resp.raise_for_status()
    return len(payload["items"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("event_id", type=int)
    parser.add_argument("--env-file", type=Path, default=Path(".env"))
    args = parser.parse_args(argv)
    settings = PosSettings.load(args.env_file)
    count = push(args.event_id, settings)
    print(f"pushed {count} items to {settings.venue_code}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
