"""Referee match-fee payouts: get an OAuth token from the bank API and submit a payment batch."""
import csv
import logging
import os
from pathlib import Path

import httpx
import typer

app = typer.Typer()
log = logging.getLogger("payouts")


def get_access_token(client: httpx.Client) -> str:
    resp = client.post(
        "/oauth/token",
        data={"grant_type": "client_credentials", "scope": "payments:write"},
        auth=(os.environ["BANK_CLIENT_ID"], os.environ["BANK_CLIENT_SECRET"]),
    )
    resp.raise_for_status()
    token = resp.json()
    log.info(
        "Obtained %s token (expires in %ss, scope=%s)",
        token.get("token_type"),
        token.get("expires_in"),
        token.get("scope"),
    )
    return token["access_token"]


@app.command()
def submit(
    batch_csv: Path,
    reference: str = typer.Option(..., help="Batch reference shown on bank statements"),
    verbose: bool = False,
) -> None:
    """Submit the payouts listed in BATCH_CSV (columns: referee, iban, amount)."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    with batch_csv.open(newline="", encoding="utf-8") as fh:
        payments = [
            {"payee_name": r["referee"], "iban": r["iban"], "amount": r["amount"], "currency": "EUR"}
            for r in csv.DictReader(fh)
        ]
    with httpx.Client(base_url=os.environ["BANK_API_URL"], timeout=30) as client:
        token = get_access_token(client)
        resp = client.post(
            "/payment-batches",
            json={"reference": reference, "payments": payments},
            headers={"Authorization": f"Bearer {token}"},
        )
        resp.raise_for_status()
    batch = resp.json()
    log.info("Submitted batch %s with %d payments (status %s)", batch["id"], len(payments), batch["status"])
    typer.echo(batch["id"])


if __name__ == "__main__":
    app()
