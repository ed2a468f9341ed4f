"""Workshop tool to flash controller firmware onto returned mobility scooters."""
import re
import subprocess
from pathlib import Path

import click

from wheelchairhire.config import settings

FIRMWARE_DIR = Path(settings.FIRMWARE_DIR)
SERIAL_PATTERN = re.compile(r"^[A-Z]{2}\d{6,8}$")


def firmware_for(model: str) -> Path:
    image = FIRMWARE_DIR / settings.CONTROLLER_FIRMWARE[model]
    if not image.is_file():
        raise click.ClickException(f"No firmware image for {model}")
    return image


def flash(port: str, serial: str, image: Path) -> str:
    args = [
        settings.FLASH_TOOL,
        "--port", port,
        "--expect-serial", serial,
        "--verify",
        "--",
        str(image),
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise click.ClickException(result.stderr.strip() or "flash failed")
    return result.stdout


@click.command()
@click.option("--port", default="/dev/ttyUSB0", show_default=True)
@click.option("--model", type=click.Choice(sorted(settings.CONTROLLER_FIRMWARE)), required=True)
@click.argument("serial")
def main(port: str, model: str, serial: str) -> None:
    """Flash the current controller firmware onto scooter SERIAL."""
    serial = serial.strip().upper()
    if not SERIAL_PATTERN.match(serial):
        raise click.BadParameter("Serial looks like AB1234567", param_hint="SERIAL")
    output = flash(port, serial, firmware_for(model))
    click.echo(output)
    click.echo(f"{serial}: firmware updated")


if __name__ == "__main__":
    main()
