import os
import subprocess

import httpx
import requests

OPS_CHAT_WEBHOOK = os.environ.get("OPS_CHAT_WEBHOOK", "")
STATUS_URL = os.environ.get("STATUS_PAGE_URL", "")
FLAG_PREFIX = "FEATURE_"


# A secret the constructor reads from the environment, formatted (through a property that builds
# a connection string, or in place) into the text of an alert posted to a chat webhook.
class ArchiveJob:
    def __init__(self):
        self.host = os.environ.get("ARCHIVE_DB_HOST", "db")
        self.user = os.environ.get("ARCHIVE_DB_USER", "archiver")
        self.password = os.environ["ARCHIVE_DB_PASSWORD"]
        self.token = os.environ.get("ARCHIVE_API_TOKEN", "")

    @property
    def url(self) -> str:
        return f"mysql://{self.user}:{self.password}@{self.host}/archive"

    @property
    def safe_url(self) -> str:
        return f"mysql://{self.user}@{self.host}/archive"

    def run(self) -> None:
        subprocess.run(["archive", "--host", self.host], env={**os.environ, "MYSQL_PWD": self.password}, check=True)

    def alert(self, error: Exception) -> None:
        text = f"Archive failed\nDatabase: {self.url}\nError: {error}"
        # ruleid: environment-in-outbound-payload
        requests.post(OPS_CHAT_WEBHOOK, json={"text": text}, timeout=10)

    def alert_token(self, error: Exception) -> None:
        # ruleid: environment-in-outbound-payload
        requests.post(OPS_CHAT_WEBHOOK, json={"text": f"failed with token {self.token}: {error}"}, timeout=10)

    def alert_safe(self, error: Exception) -> None:
        text = f"Archive failed\nDatabase: {self.safe_url}\nError: {error}"
        # ok: environment-in-outbound-payload
        requests.post(OPS_CHAT_WEBHOOK, json={"text": text}, timeout=10)

    def alert_host(self, error: Exception) -> None:
        text = f"Archive failed on {self.host} as {self.user}: {error}"
        # ok: environment-in-outbound-payload
        requests.post(OPS_CHAT_WEBHOOK, json={"text": text}, timeout=10)

    def login(self) -> None:
        # ok: environment-in-outbound-payload
        requests.post(STATUS_URL, json={"user": self.user, "password": f"{self.password}"}, timeout=10)


# Every variable of a few prefixes kept in a local, written out as key=value lines by a join and
# packed into a chat message; the names alone send nothing.
def plant_settings(prefix: str = "PLANT_") -> dict:
    return {key: value for key, value in os.environ.items() if key.startswith(prefix)}


def plant_message() -> dict:
    # ruleid: environment-in-outbound-payload
    settings = plant_settings()
    lines = "\n".join(f"{k}={v}" for k, v in sorted(settings.items()))
    return {"blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": f"```{lines}```"}]}]}


def plant_names_message() -> dict:
    # ok: environment-in-outbound-payload
    settings = plant_settings()
    lines = ", ".join(k for k, v in sorted(settings.items()))
    return {"blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": f"set: {lines}"}]}]}


async def post_plant_status(names_only: bool) -> None:
    message = plant_names_message() if names_only else plant_message()
    async with httpx.AsyncClient() as client:
        await client.post(OPS_CHAT_WEBHOOK, json=message)


# Only a count of the variables (or their names sorted, or whether any is set) is sent.
def support_bundle(ticket: str) -> dict:
    # ok: environment-in-outbound-payload
    return {
        "ticket": ticket,
        "flags": sorted(k for k in os.environ if k.startswith(FLAG_PREFIX)),
        "configured_variables": len(os.environ),
        "has_env": bool(os.environ),
    }


def send_support_bundle(ticket: str) -> None:
    requests.post(STATUS_URL, json=support_bundle(ticket), timeout=15)
