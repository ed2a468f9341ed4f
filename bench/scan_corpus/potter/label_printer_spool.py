"""Send packing slips and price tags to the studio's label printers via CUPS."""
import shutil
import subprocess
from pathlib import Path

import click

PRINTERS = {
    "tags": "Zebra_ZD421_Tags",
    "slips": "Brother_QL820_Slips",
}
MEDIA = {"tags": "w2h1", "slips": "62mm"}


def lp_binary() -> str:
    found = shutil.which("lp")
    if found is None:
        raise click.ClickException("CUPS lp command not found")
    return found


def print_file(path: Path, queue: str, copies: int = 1) -> str:
    printer = PRINTERS[queue]
    args = [
        lp_binary(),
        "-d", printer,
        "-n", str(copies),
        "-o", f"media={MEDIA[queue]}",
        "--",
        str(path),
    ]
    result = subprocess.run(args, capture_output=True, text=True, check=True, timeout=30)
    return result.stdout.strip()


@click.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--queue", type=click.Choice(sorted(PRINTERS)), default="tags", show_default=True)
@click.option("--copies", type=click.IntRange(1, 50), default=1, show_default=True)
def main(files: tuple[Path, ...], queue: str, copies: int) -> None:
    """Print FILES on the chosen label queue."""
    for path in files:
        job = print_file(path, queue, copies)
        click.echo(f"{path.name}: {job}")


if __name__ == "__main__":
    main()
