"""Imports volunteer rota templates uploaded by the volunteer coordinator.

Templates are YAML documents listing recurring shifts (mews cleaning, flying
display assistance, gift shop, car park) with the number of volunteers needed.
"""
from datetime import time

import click
import yaml

from falconer.db import session_scope
from falconer.rota.models import ShiftTemplate

VALID_ROLES = {"mews", "display", "shop", "car_park", "education"}
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def _parse_time(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def parse_template(stream) -> list[dict]:
    document = yaml.load(stream, Loader=yaml.SafeLoader) or {}
    shifts = []
    for entry in document.get("shifts", []):
        role = entry["role"]
        if role not in VALID_ROLES:
            raise click.BadParameter(f"unknown role {role!r}")
        for day in entry.get("days", WEEKDAYS):
            shifts.append(
                {
                    "role": role,
                    "weekday": WEEKDAYS.index(day.lower()[:3]),
                    "starts": _parse_time(str(entry["start"])),
                    "ends": _parse_time(str(entry["end"])),
                    "needed": int(entry.get("needed", 1)),
                }
            )
    return shifts


@click.command("import-rota-template")
@click.argument("template", type=click.File("r"))
@click.option("--replace/--merge", default=False)
def import_rota_template(template, replace: bool) -> None:
    shifts = parse_template(template)
    with session_scope() as session:
        if replace:
            session.query(ShiftTemplate).delete()
        session.add_all(ShiftTemplate(**shift) for shift in shifts)
    click.echo(f"imported {len(shifts)} shift templates")
