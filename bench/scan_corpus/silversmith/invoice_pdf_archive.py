"""Archive of issued customer invoices as PDFs, with retrieval and purge for the office."""

import logging
import os
import shutil

import click

from workshop.config import settings

logger = logging.getLogger(__name__)


class InvoiceArchive:
    def __init__(self, root: str = settings.INVOICE_ARCHIVE_DIR):
        self.root = os.path.realpath(root)

    def _locate(self, relative_name: str) -> str:
        candidate = os.path.realpath(os.path.join(self.root, relative_name))
        if os.path.commonpath([self.root, candidate]) != self.root:
            raise ValueError(f"{relative_name!r} is outside the invoice archive")
        return candidate

    def store(self, source_pdf: str, year: int, invoice_number: str) -> str:
        destination = self._locate(os.path.join(str(year), f"{invoice_number}.pdf"))
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copyfile(source_pdf, destination)
        return destination

    def purge(self, relative_name: str) -> None:
        path = self._locate(relative_name)
        os.remove(path)
        logger.info("Purged archived invoice %s", relative_name)


@click.group()
def cli():
    pass


@cli.command()
@click.argument("relative_name")
def purge(relative_name):
    """Delete one archived invoice, e.g. 2019/INV-004211.pdf, after the retention period."""
    try:
        InvoiceArchive().purge(relative_name)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc))
    click.echo(f"Removed {relative_name}")


if __name__ == "__main__":
    cli()
