"""Connection handling for Exchange collections (EWS)."""
import logging
import os
from dataclasses import dataclass, field

from exchangelib import DELEGATE, Account, Configuration, Credentials

log = logging.getLogger("collect.ews")


@dataclass
class EwsSettings:
    server: str
    username: str
    password: str = field(repr=False)
    timezone: str = "UTC"

    @classmethod
    def from_env(cls) -> "EwsSettings":
        return cls(
            server=os.environ["EWS_SERVER"],
            username=os.environ["EWS_SVC_USER"],
            password=os.environ["EWS_SVC_PASSWORD"],
            timezone=os.environ.get("EWS_TIMEZONE", "UTC"),
        )

    def redacted(self) -> dict:
        return {"server": self.server, "username": self.username, "password": "***", "timezone": self.timezone}


def open_account(custodian_email: str, settings: EwsSettings | None = None) -> Account:
    settings = settings or EwsSettings.from_env()
    log.debug("EWS connection for %s using %s", custodian_email, settings.redacted())
    creds = Credentials(username=settings.username, password=settings.password)
    config = Configuration(server=settings.server, credentials=creds)
    account = Account(
        primary_smtp_address=custodian_email,
        config=config,
        autodiscover=False,
        access_type=DELEGATE,
    )
    log.info("connected to mailbox %s via %s as %s", custodian_email, settings.server, settings.username)
    return account
