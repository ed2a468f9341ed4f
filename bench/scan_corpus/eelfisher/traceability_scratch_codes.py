"""Consumer check codes for eel traceability tags.

Every vacuum pack of smoked eel carries a traceability tag with a public
serial (printed in clear) and a check code under a scratch panel. Buyers
enter both on the co-operative website to confirm the pack came from a
licensed member catch and not from an illegal glass-eel shipment.
"""

import secrets
import string
from dataclasses import dataclass

import click
from sqlalchemy import create_engine, text

CHECK_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CHECK_LENGTH = 10


@dataclass
class TagRecord:
    serial: str
    batch_code: str
    check_code: str


def serial_for(batch_code: str, index: int) -> str:
    return f"{batch_code}-{index:05d}"


def check_code(length: int = CHECK_LENGTH) -> str:
    return "".join(secrets.choice(CHECK_ALPHABET) for _ in range(length))


def generate_tags(batch_code: str, count: int) -> list[TagRecord]:
    return [TagRecord(serial_for(batch_code, i), batch_code, check_code()) for i in range(1, count + 1)]


@click.command()
@click.option("--batch", "batch_code", required=True, help="Smokehouse batch code")
@click.option("--count", type=int, required=True, help="Number of packs in the batch")
@click.option("--database-url", envvar="TRACE_DATABASE_URL", required=True)
def main(batch_code: str, count: int, database_url: str) -> None:
    tags = generate_tags(batch_code, count)
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO trace_tags (serial, batch_code, check_code) "
                "VALUES (:serial, :batch_code, :check_code)"
            ),
            [t.__dict__ for t in tags],
        )
    click.echo(f"Generated {len(tags)} tags for batch {batch_code}")


if __name__ == "__main__":
    main()
