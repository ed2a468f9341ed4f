"""Print shipping labels for team kit orders using the label printer's CUPS queue."""
import csv
import subprocess
import tempfile

import click

LABEL_TEMPLATE = "{name}\n{team} - {item} (size {size})\nSquad no. {number}\n"


@click.command()
@click.argument("orders_csv", type=click.File("r", encoding="utf-8"))
@click.option("--printer", envvar="LABEL_PRINTER", required=True)
@click.option("--dry-run", is_flag=True)
def print_labels(orders_csv, printer: str, dry_run: bool) -> None:
    """Print one label per row of ORDERS_CSV."""
    rows = list(csv.DictReader(orders_csv))
    with tempfile.NamedTemporaryFile("w", suffix=".txt", prefix="kit-labels-", encoding="utf-8") as fh:
        for row in rows:
            fh.write(LABEL_TEMPLATE.format(**row))
            fh.write("\f")
        fh.flush()
        if dry_run:
            click.echo(f"Would send {len(rows)} labels from {fh.name} to {printer}")
            return
        subprocess.run(["lp", "-d", printer, "-o", "media=Custom.62x100mm", fh.name], check=True)
    click.echo(f"Sent {len(rows)} labels to {printer}")


if __name__ == "__main__":
    print_labels()
