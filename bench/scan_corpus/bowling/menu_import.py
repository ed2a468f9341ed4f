"""Import food and bar menus into the POS from the head-office YAML export.

Site managers upload the YAML file that head office emails out each
season; this command is also exposed through the back-office upload form.
"""
from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from typing import IO

import yaml

from pos.catalog import Catalog, MenuItem

_MenuLoader = yaml.UnsafeLoader


def parse_menu(stream: IO[str]) -> list[MenuItem]:
    doc = yaml.load(stream, Loader=_MenuLoader)
    items = []
    for section in doc.get("sections", []):
        for entry in section.get("items", []):
            items.append(
                MenuItem(
                    plu=str(entry["plu"]),
                    name=entry["name"],
                    section=section["name"],
                    price=Decimal(str(entry["price"])),
                    tax_band=entry.get("tax_band", "standard"),
                    allergens=tuple(entry.get("allergens", ())),
                    bar_item=bool(section.get("bar", False)),
                )
            )
    return items


def import_menu(stream: IO[str], catalog: Catalog, site_id: int, dry_run: bool = False) -> int:
    items = parse_menu(stream)
    if not dry_run:
        catalog.replace_items(site_id, items)
    return len(items)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("menu_file", type=argparse.FileType("r", encoding="utf-8"))
    parser.add_argument("--site", type=int, required=True)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    count = import_menu(args.menu_file, Catalog.default(), args.site, args.dry_run)
    print(f"{count} menu items {'checked' if args.dry_run else 'imported'} for site {args.site}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
