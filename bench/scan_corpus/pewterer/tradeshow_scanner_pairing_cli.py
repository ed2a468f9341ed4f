"""CLI used on the stand laptop to pair badge scanners with the lead-capture service."""
import json
import re
from pathlib import Path

import click
import httpx

from pewterer.leads.settings import LEADS_API_URL

CONFIG_DIR = Path.home() / ".pewterer-leads"
SERIAL_PATTERN = re.compile(r"[A-Z0-9]{6,16}")


def _pair(show_code: str, scanner_serial: str, operator: str) -> dict:
    resp = httpx.post(
        f"{LEADS_API_URL}/scanners/pair",
        json={"show": show_code, "serial": scanner_serial, "operator": operator},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def _save(scanner_serial: str, creds: dict) -> Path:
    CONFIG_DIR.mkdir(mode=0o700, exist_ok=True)
    target = CONFIG_DIR / f"{scanner_serial}.json"
    target.write_text(json.dumps(creds))
    target.chmod(0o600)
    return target


@click.group()
def cli() -> None:
    """Lead-capture scanner tools."""


@cli.command()
@click.argument("show_code")
@click.argument("scanner_serial")
@click.option("--operator", required=True, help="Stand staff member pairing the device.")
def pair(show_code: str, scanner_serial: str, operator: str) -> None:
    if not SERIAL_PATTERN.fullmatch(scanner_serial):
        raise click.BadParameter("serial must be 6-16 upper-case letters or digits")
    creds = _pair(show_code, scanner_serial, operator)
    device_token = creds["device_token"]
    saved = _save(scanner_serial, creds)
    click.echo(f"Paired {scanner_serial} for {show_code} (token {device_token}), saved to {saved}")


@cli.command()
def status() -> None:
    for path in sorted(CONFIG_DIR.glob("*.json")):
        creds = json.loads(path.read_text())
        click.echo(f"{path.stem}: show {creds.get('show')} paired by {creds.get('operator')}")


if __name__ == "__main__":
    cli()
