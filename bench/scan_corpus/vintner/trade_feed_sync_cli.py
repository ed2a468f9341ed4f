"""Command-line sync of stock levels to the distributor's trade feed.

Run by cron each morning before the sales team starts quoting, so export
distributors see accurate availability on the trade price list.
"""

import os

import click
import requests

from vintner.catalogue.stock import trade_stock_snapshot

TOKEN_URL = os.environ.get("DISTRIBUTOR_TOKEN_URL", "https://auth.distributor-feed.example/oauth/token")
FEED_URL = os.environ.get("DISTRIBUTOR_FEED_URL", "https://api.distributor-feed.example/v1/stock")


def fetch_access_token(client_id: str, client_secret: str) -> dict:
    response = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "stock:write"},
        auth=(client_id, client_secret),
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


@click.command()
@click.option("--client-id", envvar="DISTRIBUTOR_CLIENT_ID", required=True)
@click.option("--client-secret", envvar="DISTRIBUTOR_CLIENT_SECRET", required=True)
@click.option("--dry-run", is_flag=True)
def sync(client_id: str, client_secret: str, dry_run: bool) -> None:
    snapshot = trade_stock_snapshot()
    click.echo(f"Prepared {len(snapshot)} stock lines")
    if dry_run:
        return
    grant = fetch_access_token(client_id, client_secret)
    access_token = grant["access_token"]
    click.echo(f"Authenticated as {client_id}, access token {access_token} valid {grant['expires_in']}s")
    response = requests.put(
        FEED_URL,
        json={"lines": snapshot},
        headers={"Authorization": f"Bearer {access_token}"},
        timeout=60,
    )
    response.raise_for_status()
    click.echo(f"Feed accepted {response.json().get('accepted', 0)} lines")


if __name__ == "__main__":
    sync()
