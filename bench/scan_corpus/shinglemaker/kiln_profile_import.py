"""Imports kiln drying schedules that the dry-kiln consultant sends as YAML files."""

from dataclasses import dataclass
from pathlib import Path

import click
import yaml

from shinglemaker.kilns import save_drying_profile


@dataclass
class DryingStep:
    hours: int
    dry_bulb_c: float
    wet_bulb_c: float


@dataclass
class DryingProfile:
    name: str
    species: str
    thickness_mm: float
    steps: list[DryingStep]


def parse_profile(text: str) -> DryingProfile:
    doc = yaml.load(text, Loader=yaml.SafeLoader)
    steps = [
        DryingStep(hours=int(s["hours"]), dry_bulb_c=float(s["db"]), wet_bulb_c=float(s["wb"]))
        for s in doc["schedule"]
    ]
    if not steps:
        raise click.ClickException(f"profile {doc.get('name')!r} has no steps")
    return DryingProfile(
        name=doc["name"],
        species=doc.get("species", "western_red_cedar"),
        thickness_mm=float(doc["thickness_mm"]),
        steps=steps,
    )


@click.command("import-kiln-profiles")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True)
def import_profiles(folder: Path, dry_run: bool) -> None:
    for path in sorted(folder.glob("*.y*ml")):
        profile = parse_profile(path.read_text(encoding="utf-8"))
        total = sum(s.hours for s in profile.steps)
        click.echo(f"{path.name}: {profile.name} ({len(profile.steps)} steps, {total} h)")
        if not dry_run:
            save_drying_profile(profile)


if __name__ == "__main__":
    import_profiles()
