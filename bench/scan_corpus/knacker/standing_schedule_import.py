"""Imports standing collection schedules that contract farms supply as YAML.

Large pig and poultry units have weekly standing collections; their
managers send a schedule file which the depot office loads with this
command.
"""
from datetime import time

import click
import yaml

try:
    from yaml import CSafeLoader as ScheduleLoader
except ImportError:
    from yaml import SafeLoader as ScheduleLoader

from knacker.collections.schedules import replace_standing_schedule

WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat"}


def parse_schedule(stream) -> list[dict]:
    doc = yaml.load(stream, Loader=ScheduleLoader) or {}
    entries = []
    for item in doc.get("collections", []):
        day = str(item["day"]).lower()[:3]
        if day not in WEEKDAYS:
            raise click.BadParameter(f"unknown collection day {item['day']!r}")
        hour, minute = (int(x) for x in str(item.get("after", "08:00")).split(":"))
        entries.append(
            {
                "day": day,
                "earliest": time(hour, minute),
                "bins": int(item.get("bins", 1)),
                "species": item.get("species", "PIG"),
            }
        )
    return entries


@click.command()
@click.argument("cph")
@click.argument("schedule_file", type=click.File("r", encoding="utf-8"))
@click.option("--dry-run", is_flag=True)
def import_schedule(cph: str, schedule_file, dry_run: bool) -> None:
    entries = parse_schedule(schedule_file)
    click.echo(f"{cph}: {len(entries)} standing collections")
    if not dry_run:
        replace_standing_schedule(cph, entries)


if __name__ == "__main__":
    import_schedule()
