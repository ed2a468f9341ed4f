"""Opens an authenticated session against the cloud POS back end at till start-up."""
from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass

import requests

logger = logging.getLogger("pos.session")


@dataclass
class TillCredentials:
    shop_code: str
    till_id: str
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "TillCredentials":
        return cls(
            shop_code=os.environ["SHOP_CODE"],
            till_id=os.environ["TILL_ID"],
            username=os.environ["POS_USER"],
            password=os.environ["POS_PASSWORD"],
        )


class PosAuthClient:
    login_url = os.environ.get("POS_AUTH_URL", "")

    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()

    def _login_body(self, creds: TillCredentials) -> dict[str, str]:
        return {"device": f"{creds.shop_code}-{creds.till_id}", **asdict(creds)}

    def login(self, creds: TillCredentials) -> str:
        body = self._login_body(creds)
        logger.info("POS login attempt for till %s: %s", body["device"], body)
        resp = self.session.post(self.login_url, json=body, timeout=10)
        if resp.status_code != 200:
            logger.warning("POS login failed for %s with HTTP %s", body["device"], resp.status_code)
            resp.raise_for_status()
        token = resp.json()["access_token"]
        self.session.headers["Authorization"] = f"Bearer {token}"
        return token


def start_till() -> PosAuthClient:
    logging.basicConfig(level=logging.INFO)
    client = PosAuthClient()
    client.login(TillCredentials.from_env())
    return client


if __name__ == "__main__":
    start_till()
