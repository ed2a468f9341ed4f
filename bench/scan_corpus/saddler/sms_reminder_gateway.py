"""Text message reminders for fitting appointments and tack collection.

Owners receive a text the day before a fitter visits their yard and
when repaired tack is ready to collect. Messages go through the SMS
provider's HTTP API using the workshop's account.
"""
import logging
import os
from dataclasses import dataclass

import aiohttp

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SmsSettings:
    api_base: str
    account_sid: str
    auth_token: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmsSettings":
        return cls(
            api_base=os.environ.get("SMS_API_BASE", "https://api.textline.example/v1"),
            account_sid=os.environ["SMS_ACCOUNT_SID"],
            auth_token=os.environ["SMS_AUTH_TOKEN"],
            sender=os.environ.get("SMS_SENDER", "SADDLERY"),
        )


class SmsGateway:
    def __init__(self, settings: SmsSettings):
        self.settings = settings

    async def send(self, session: aiohttp.ClientSession, to: str, body: str) -> str:
        url = f"{self.settings.api_base}/accounts/{self.settings.account_sid}/messages"
        auth = aiohttp.BasicAuth(self.settings.account_sid, self.settings.auth_token)
        async with session.post(url, auth=auth, data={"To": to, "From": self.settings.sender, "Body": body}) as resp:
            payload = await resp.json()
            if resp.status >= 400:
                log.warning("SMS to %s failed: %s", to[-4:], payload.get("message"))
                resp.raise_for_status()
            return payload["sid"]


async def send_fitting_reminder(gateway: SmsGateway, mobile: str, horse: str, yard: str, when: str) -> str:
    text = f"Reminder: your saddle fitter visits {yard} for {horse} {when}. Reply STOP to opt out."
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session:
        return await gateway.send(session, mobile, text)
