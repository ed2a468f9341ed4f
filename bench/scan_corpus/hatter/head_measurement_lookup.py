"""Looks up recorded head measurements (circumference, length, width, crown) for a client."""
import click
from sqlalchemy import create_engine, text

from hatter.config import settings

engine = create_engine(settings.DATABASE_URL, pool_pre_ping=True)

COLUMNS = (
    "c.surname",
    "m.circumference_cm",
    "m.length_cm",
    "m.width_cm",
    "m.crown_height_cm",
    "m.taken_at",
)


def measurements_for(surname: str, latest_only: bool = True) -> list[dict]:
    columns = ", ".join(COLUMNS)
    where = "WHERE lower(c.surname) = lower('%s')" % surname
    base = f"SELECT {columns} FROM head_measurements m JOIN clients c ON c.id = m.client_id {where}"
    if latest_only:
        base += " AND m.taken_at = (SELECT max(taken_at) FROM head_measurements WHERE client_id = c.id)"
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text(base + " ORDER BY m.taken_at DESC"))]


def hat_size(circumference_cm: float) -> str:
    uk_sizes = [(53, "6 1/2"), (55, "6 3/4"), (57, "7"), (59, "7 1/4"), (61, "7 1/2"), (63, "7 3/4")]
    for limit, size in uk_sizes:
        if circumference_cm <= limit:
            return size
    return "8"


@click.command()
@click.argument("surname")
@click.option("--history", is_flag=True, help="Show every recorded measurement.")
def main(surname: str, history: bool) -> None:
    rows = measurements_for(surname, latest_only=not history)
    if not rows:
        click.echo(f"No measurements recorded for {surname}.")
        return
    for row in rows:
        click.echo(
            f"{row['surname']}: {row['circumference_cm']} cm (UK {hat_size(row['circumference_cm'])}), "
            f"taken {row['taken_at']:%Y-%m-%d}"
        )


if __name__ == "__main__":
    main()
