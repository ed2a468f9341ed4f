"""Targeted mailbox collection from Exchange for a custodian."""
import logging
import os
from datetime import datetime
from pathlib import Path

from exchangelib import DELEGATE, Account, Configuration, Credentials, EWSDateTime, EWSTimeZone

log = logging.getLogger("collect.mailbox")


def _collector_config() -> dict:
    return {
        "server": os.environ["EWS_SERVER"],
        "username": os.environ["EWS_SVC_USER"],
        "password": os.environ["EWS_SVC_PASSWORD"],
        "timezone": os.environ.get("EWS_TIMEZONE", "UTC"),
    }


def collect_mailbox(custodian_email: str, start: datetime, end: datetime, out_dir: Path) -> int:
    cfg = _collector_config()
    log.debug("EWS collection for %s using %s", custodian_email, cfg)

    creds = Credentials(username=cfg["username"], password=cfg["password"])
    config = Configuration(server=cfg["server"], credentials=creds)
    account = Account(
        primary_smtp_address=custodian_email,
        config=config,
        autodiscover=False,
        access_type=DELEGATE,
    )

    tz = EWSTimeZone(cfg["timezone"])
    window_start = EWSDateTime.from_datetime(start.replace(tzinfo=tz))
    window_end = EWSDateTime.from_datetime(end.replace(tzinfo=tz))

    out_dir.mkdir(parents=True, exist_ok=True)
    count = 0
    query = account.inbox.all().filter(datetime_received__range=(window_start, window_end))
    for item in query.only("id", "mime_content", "subject"):
        (out_dir / f"{count:07d}.eml").write_bytes(item.mime_content)
        count += 1
    log.info("collected %d messages for %s", count, custodian_email)
    return count
