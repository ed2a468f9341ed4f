"""Prints allergen / prep labels for the make line on the store's label printer."""
from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import datetime, timedelta

SHELF_LIFE_HOURS = {"sauce": 72, "salad": 24, "protein": 48, "dough": 96}


def render_label(item: str, category: str, prepped_by: str) -> str:
    now = datetime.now()
    use_by = now + timedelta(hours=SHELF_LIFE_HOURS[category])
    return (
        f"{item.upper()}\n"
        f"Prep: {now:%a %d %b %H:%M}  By: {prepped_by}\n"
        f"USE BY: {use_by:%a %d %b %H:%M}\n"
    )


def print_label(printer: str, text: str, copies: int = 1) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as fh:
        fh.write(text)
        fh.flush()
        subprocess.run(
            ["lp", "-d", printer, "-n", str(copies), "-o", "media=Custom.62x29mm", fh.name],
            check=True,
            timeout=30,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description="Print prep labels")
    parser.add_argument("item")
    parser.add_argument("--category", choices=sorted(SHELF_LIFE_HOURS), required=True)
    parser.add_argument("--by", dest="prepped_by", required=True)
    parser.add_argument("--printer", default="prep-labels")
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    print_label(args.printer, render_label(args.item, args.category, args.prepped_by), args.copies)


if __name__ == "__main__":
    main()
