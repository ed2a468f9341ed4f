"""Import seasonal crew accounts from the HR spreadsheet export.

Each spring the yard takes on riggers and painters; HR sends a CSV with
temporary passwords that crew change on first sign-in.
"""
import csv
from pathlib import Path

import bcrypt
import click

from shipwright.db import session_scope
from shipwright.models import CrewMember

IMPORT_OPTIONS = {
    "delimiter": ";",
    "bcrypt_rounds": 8,
    "default_role": "seasonal",
}


def hash_temporary_password(plain: str, options: dict = IMPORT_OPTIONS) -> str:
    salt = bcrypt.gensalt(rounds=options["bcrypt_rounds"])
    return bcrypt.hashpw(plain.encode("utf-8"), salt).decode("ascii")


def read_rows(path: Path, delimiter: str):
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for row in csv.DictReader(handle, delimiter=delimiter):
            yield {key.strip().lower(): (value or "").strip() for key, value in row.items()}


@click.command()
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate the file without saving.")
def import_crew(csv_path: Path, dry_run: bool) -> None:
    created = 0
    with session_scope() as session:
        for row in read_rows(csv_path, IMPORT_OPTIONS["delimiter"]):
            if not row.get("email") or not row.get("temporary_password"):
                continue
            member = CrewMember(
                email=row["email"].lower(),
                name=row.get("name", ""),
                trade=row.get("trade", "general"),
                role=IMPORT_OPTIONS["default_role"],
                password_hash=hash_temporary_password(row["temporary_password"]),
                must_change_password=True,
            )
            session.add(member)
            created += 1
        if dry_run:
            session.rollback()
    click.echo(f"{created} crew accounts {'checked' if dry_run else 'imported'}")


if __name__ == "__main__":
    import_crew()
