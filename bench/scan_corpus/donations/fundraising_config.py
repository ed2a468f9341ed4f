"""Runtime configuration for the fundraising platform.

Secrets are never stored here; they are read from the environment, which
is populated from the secrets manager at deploy time.
"""

import os
from dataclasses import dataclass


class MissingSetting(RuntimeError):
    pass


def required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise MissingSetting(f"environment variable {name} is not set")
    return value


@dataclass(frozen=True)
class CrmSettings:
    base_url: str
    client_id: str
    client_secret: str
    token_header: str = "Authorization"
    password_grant_enabled: bool = False


@dataclass(frozen=True)
class GiftAidSettings:
    hmrc_endpoint: str
    charity_ref: str
    sender_id: str
    sender_password: str
    password_field: str = "SenderPassword"


def load() -> tuple[CrmSettings, GiftAidSettings]:
    crm = CrmSettings(
        base_url=required("CRM_BASE_URL"),
        client_id=required("CRM_CLIENT_ID"),
        client_secret=required("CRM_CLIENT_SECRET"),
    )
    gift_aid = GiftAidSettings(
        hmrc_endpoint=required("HMRC_GIFT_AID_ENDPOINT"),
        charity_ref=required("HMRC_CHARITY_REF"),
        sender_id=required("HMRC_SENDER_ID"),
        sender_password=required("HMRC_SENDER_PASSWORD"),
    )
    return crm, gift_aid
