"""Upload approved invoices to a client's e-billing platform.

Credentials are provisioned per client in the secrets store and exposed to
the worker as environment variables named after the client code.
"""
import os
from dataclasses import dataclass

import requests

TOKEN_PATH = "/oauth2/token"
INVOICE_PATH = "/api/v2/invoices"
GRANT_TYPE = "client_credentials"
SECRET_ENV_TEMPLATE = "EBILLING_{code}_CLIENT_SECRET"
API_KEY_HEADER = "X-Api-Key"


@dataclass(frozen=True)
class EbillingCredentials:
    base_url: str
    client_id: str
    client_secret: str
    api_key: str

    @classmethod
    def for_client(cls, client_code: str) -> "EbillingCredentials":
        code = client_code.upper()
        return cls(
            base_url=os.environ[f"EBILLING_{code}_URL"],
            client_id=os.environ[f"EBILLING_{code}_CLIENT_ID"],
            client_secret=os.environ[SECRET_ENV_TEMPLATE.format(code=code)],
            api_key=os.environ[f"EBILLING_{code}_API_KEY"],
        )


class EbillingExporter:
    def __init__(self, creds: EbillingCredentials) -> None:
        self.creds = creds
        self.session = requests.Session()
        self.session.headers[API_KEY_HEADER] = creds.api_key

    def _authenticate(self) -> None:
        resp = self.session.post(
            self.creds.base_url + TOKEN_PATH,
            data={"grant_type": GRANT_TYPE},
            auth=(self.creds.client_id, self.creds.client_secret),
            timeout=30,
        )
        resp.raise_for_status()
        self.session.headers["Authorization"] = f"Bearer {resp.json()['access_token']}"

    def upload(self, invoice_number: str, ledes_text: str) -> str:
        if "Authorization" not in self.session.headers:
            self._authenticate()
        resp = self.session.post(
            self.creds.base_url + INVOICE_PATH,
            files={"file": (f"{invoice_number}.txt", ledes_text.encode("utf-8"), "text/plain")},
            data={"format": "LEDES1998B"},
            timeout=60,
        )
        resp.raise_for_status()
        return resp.json()["id"]
