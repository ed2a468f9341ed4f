"""Import club member shipment preferences from the YAML file exported by the old CRM."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from club.models import Member, ShipmentPreference

VALID_STYLES = {"red", "white", "rose", "sparkling", "dessert", "mixed"}


def load_preferences(path: Path) -> list[dict]:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "members" not in doc:
        raise ValueError("expected a mapping with a 'members' key")
    return doc["members"]


def apply_preferences(entries: list[dict], dry_run: bool = False) -> tuple[int, int]:
    applied = skipped = 0
    for entry in entries:
        member = Member.objects.filter(club_number=entry.get("club_number")).first()
        style = str(entry.get("style", "mixed")).lower()
        if member is None or style not in VALID_STYLES:
            skipped += 1
            continue
        if not dry_run:
            ShipmentPreference.objects.update_or_create(
                member=member,
                defaults={"style": style, "bottles": int(entry.get("bottles", 6)),
                          "hold_summer": bool(entry.get("hold_summer", False))},
            )
        applied += 1
    return applied, skipped


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("yaml_file", type=Path)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    applied, skipped = apply_preferences(load_preferences(args.yaml_file), args.dry_run)
    print(f"applied={applied} skipped={skipped}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
