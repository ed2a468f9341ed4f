"""CLI for provisioning lead-capture tablets before a trade show."""
import hashlib
import json
from pathlib import Path

import click
import httpx

from pewterer.leads.settings import LEADS_API_URL

STATE_FILE = Path.home() / ".pewterer-leads" / "tablets.json"


def _fingerprint(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()[:12]


def _register(show_code: str, tablet_name: str) -> dict:
    resp = httpx.post(
        f"{LEADS_API_URL}/tablets",
        json={"show": show_code, "name": tablet_name},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def _remember(tablet_name: str, payload: dict) -> None:
    STATE_FILE.parent.mkdir(mode=0o700, exist_ok=True)
    state = json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else {}
    state[tablet_name] = payload
    STATE_FILE.write_text(json.dumps(state, indent=2))
    STATE_FILE.chmod(0o600)


@click.command()
@click.argument("show_code")
@click.argument("tablet_name")
def provision(show_code: str, tablet_name: str) -> None:
    payload = _register(show_code, tablet_name)
    access_token = payload["access_token"]
    _remember(tablet_name, payload)
    click.echo(
        f"Provisioned {tablet_name} for {show_code}; token fingerprint {_fingerprint(access_token)}"
    )


if __name__ == "__main__":
    provision()
