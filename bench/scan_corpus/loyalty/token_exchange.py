"""OAuth code exchange for the bank card-linking flow.

After the member consents on the issuer's page, the issuer redirects back
with a one-time code which we swap for an access/refresh token pair.
"""
import os

import requests

from loyalty.cardlink.store import save_link_tokens

TOKEN_URL = os.environ["CARDLINK_TOKEN_URL"]
CLIENT_ID = os.environ["CARDLINK_CLIENT_ID"]
CLIENT_SECRET = os.environ["CARDLINK_CLIENT_SECRET"]


class ExchangeError(RuntimeError):
    pass


def exchange_code(member_id: int, code: str, redirect_uri: str) -> None:
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
        },
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    if resp.status_code != 200:
        raise ExchangeError(f"issuer returned {resp.status_code}")
    tokens = resp.json()
    print(f"cardlink exchange ok member={member_id} response={tokens}")
    save_link_tokens(
        member_id,
        access_token=tokens["access_token"],
        refresh_token=tokens["refresh_token"],
        expires_in=int(tokens.get("expires_in", 3600)),
    )
